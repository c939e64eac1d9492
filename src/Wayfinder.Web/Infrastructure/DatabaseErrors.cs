using System.Data.Common;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Data pages (trials, feedback) must say "unavailable" and recover by themselves when the
/// database cannot be reached, rather than fail; this is how they recognise that case.
/// </summary>
public static class DatabaseErrors
{
    public static bool IsUnreachable(Exception ex) =>
        ex is DbException or TimeoutException or InvalidOperationException { InnerException: DbException } || ex.InnerException is DbException;
}
