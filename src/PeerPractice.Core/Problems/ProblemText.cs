using System.Text;

namespace PeerPractice;

/// <summary>Small text helpers for problem messages that build on both netstandard2.0 and net10.0.</summary>
internal static class ProblemText
{
    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters plus "..." so messages stay readable.</summary>
    public static string Shorten(string text, int max) =>
        text.Length <= max ? text : new StringBuilder(max + 3).Append(text, 0, max).Append("...").ToString();

    /// <summary>True when <paramref name="text"/> holds <paramref name="c"/> (ordinal).</summary>
    public static bool Has(string text, char c)
    {
        foreach (var x in text)
        {
            if (x == c)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Upper-cases the first letter when it is an ASCII lower-case letter.</summary>
    public static string Capitalize(string text) =>
        text.Length > 0 && text[0] is >= 'a' and <= 'z'
            ? new StringBuilder(text.Length).Append((char)(text[0] - ('a' - 'A'))).Append(text, 1, text.Length - 1).ToString()
            : text;
}
