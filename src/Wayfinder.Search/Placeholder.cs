namespace Wayfinder.Search; internal static class Placeholder { }
