using System.Security.Cryptography;
using System.Text;

namespace Wayfinder.Content.Reviews;

/// <summary>
/// The fingerprint of a page's source that a sign-off approves: SHA-256 of the file's text, with
/// Windows line ends read as Unix ones so a checkout on another system does not undo a review.
/// Any other change, even one character of front matter, makes a different hash.
/// </summary>
public static class SourceHash
{
    public const string Prefix = "sha256:";

    public static string Of(string text) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal))));

    public static bool IsWellFormed(string value) =>
        value.Length == Prefix.Length + 64 && value.StartsWith(Prefix, StringComparison.Ordinal)
        && value[Prefix.Length..].All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
