using System.Security.Cryptography;
using System.Text;

namespace PeerPractice.WebHost.Security;

/// <summary>
/// Participant links and the organiser credential: 256 random bits, shown once, stored only as their
/// SHA-256 hash, compared in constant time.
/// </summary>
public static class CapabilityToken
{
    /// <summary>The random bytes in a token (256 bits; the rule is at least 128).</summary>
    public const int Bytes = 32;

    /// <summary>A new token, base64url without padding (43 characters).</summary>
    public static string Create() => Base64Url(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>The hash kept instead of the token (lowercase hex SHA-256).</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> hashes to <paramref name="storedHash"/>, in time that does not depend on where they differ.</summary>
    public static bool Matches(string? token, string storedHash)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 256)
        {
            return false;
        }

        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        if (storedHash.Length != 64 || !storedHash.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var expected = Convert.FromHexString(storedHash);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
