using System;

namespace PeerPractice.Agendas;

/// <summary>
/// The id rules of the agenda format, shared by the validator and the source generator so that an
/// id the validator accepts always makes a valid C# name.
/// </summary>
/// <remarks>
/// Ids are kebab-case: <c>^[a-z][a-z0-9]*(-[a-z0-9]+)*$</c>. That excludes non-ASCII letters,
/// upper case, underscores and leading digits, so <see cref="ToPascalCase"/> always yields an
/// ASCII identifier that starts with an upper-case letter, and therefore never a C# keyword
/// (keywords are all lower case): <c>class</c> becomes <c>Class</c>, which is fine. Distinct
/// ids can still make the same name (<c>a-1</c> and <c>a1</c> both make <c>A1</c>); the
/// validator reports that as PPA028.
/// </remarks>
public static class AgendaIdentifiers
{
    /// <summary>True when <paramref name="id"/> is kebab-case, such as <c>biggest-problem</c>.</summary>
    /// <param name="id">The id to check.</param>
    public static bool IsKebabCase(string id)
    {
        if (id is null || id.Length == 0 || !IsLower(id[0]))
        {
            return false;
        }

        for (var i = 1; i < id.Length; i++)
        {
            var c = id[i];
            if (c == '-')
            {
                // A hyphen joins two words: never last, never doubled.
                if (i == id.Length - 1 || id[i + 1] == '-')
                {
                    return false;
                }
            }
            else if (!IsLower(c) && !IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The C# name of a kebab-case id: each word with its first letter upper-cased, hyphens
    /// removed (<c>biggest-problem</c> becomes <c>BiggestProblem</c>).
    /// </summary>
    /// <param name="kebabId">A kebab-case id (other text is converted the same way, but may not make a valid name).</param>
    public static string ToPascalCase(string kebabId)
    {
        // The generator compiles this file for netstandard2.0, which has no ArgumentNullException.ThrowIfNull.
        _ = kebabId ?? throw new ArgumentNullException(nameof(kebabId));
        var chars = new char[kebabId.Length];
        var length = 0;
        var startOfWord = true;
        foreach (var c in kebabId)
        {
            if (c == '-')
            {
                startOfWord = true;
                continue;
            }

            chars[length++] = startOfWord && IsLower(c) ? (char)(c - ('a' - 'A')) : c;
            startOfWord = false;
        }

        return new string(chars, 0, length);
    }

    private static bool IsLower(char c) => c >= 'a' && c <= 'z';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
