using System.Text;

namespace PeerPractice.Generators.Helpers;

/// <summary>
/// The naming rule that turns agenda ids into C# names (documented in <c>docs/generator.md</c>):
/// <list type="number">
/// <item>The id is split into words at <c>-</c> and <c>_</c>; each word's first letter is upper-cased
/// and the rest kept (<c>biggest-problem</c> becomes <c>BiggestProblem</c>).</item>
/// <item>Only ASCII letters and digits may appear in words; any other character (non-ASCII letters,
/// spaces, dots) means there is no name, and the generator reports PPG004 instead of guessing.</item>
/// <item>A name that would start with a digit gets a leading <c>_</c> (<c>1-on-1</c> becomes <c>_1On1</c>).</item>
/// </list>
/// Every name starts with an upper-case letter or <c>_</c>, so none can be a C# keyword (all of
/// which are lower-case).
/// </summary>
internal static class IdentifierNames
{
    /// <summary>The PascalCase name for <paramref name="id"/>, or null when the rule above gives none.</summary>
    public static string? ToPascalCase(string id)
    {
        var name = new StringBuilder(id.Length + 1);
        var startOfWord = true;
        foreach (var c in id)
        {
            if (c is '-' or '_')
            {
                startOfWord = true;
            }
            else if (IsAsciiLetter(c) || IsAsciiDigit(c))
            {
                name.Append(startOfWord && c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c);
                startOfWord = false;
            }
            else
            {
                return null;
            }
        }

        if (name.Length == 0)
        {
            return null;
        }

        if (IsAsciiDigit(name[0]))
        {
            name.Insert(0, '_');
        }

        return name.ToString();
    }

    /// <summary>True when <paramref name="c"/> is <c>A</c>-<c>Z</c> or <c>a</c>-<c>z</c>.</summary>
    public static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>True when <paramref name="c"/> is <c>0</c>-<c>9</c>.</summary>
    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';
}
