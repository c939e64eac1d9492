namespace Wayfinder.Trials;

/// <summary>Distances on the Earth's surface (great-circle, haversine), in kilometres.</summary>
public static class Geo
{
    private const double EarthRadiusKm = 6371.0088;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A latitude/longitude box that contains every point within the radius, for a cheap index filter before the exact distance.</summary>
    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(double lat, double lon, double radiusKm)
    {
        var dLat = radiusKm / 111.32;
        var dLon = radiusKm / (111.32 * Math.Max(0.01, Math.Cos(lat * Math.PI / 180)));
        return (lat - dLat, lat + dLat, lon - dLon, lon + dLon);
    }
}
