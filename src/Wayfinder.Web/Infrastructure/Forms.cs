namespace Wayfinder.Web.Infrastructure;

/// <summary>Reading a posted form in an endpoint without letting a malformed one become a 500.</summary>
public static class Forms
{
    /// <summary>
    /// The form, or null when it cannot be read: a broken multipart boundary, too many fields, a
    /// value or body over the limits. Those are the client's mistakes, answered with a 400 that
    /// says so by the caller.
    /// </summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext context)
    {
        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException or FormatException)
        {
            return null;
        }
    }
}
