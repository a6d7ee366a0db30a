using System;
using System.Globalization;
using System.Text;

namespace PeerPractice.Generators.Helpers;

/// <summary>
/// C# literals for generated code. Strings keep readable characters as they are and escape
/// everything that could end the literal, break the line or not survive UTF-8 (unpaired
/// surrogates), so the compiled value equals the parsed value exactly.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>A regular (C# 1) string literal for <paramref name="value"/>, or <c>null</c>.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var result = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                case '\0': result.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        result.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.Append('"').ToString();
    }

    /// <summary>A <c>bool</c> literal.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>An <c>int</c> literal.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An exact <see cref="TimeSpan"/> expression, with its readable value as a comment.</summary>
    public static string TimeSpan(TimeSpan value) =>
        "new global::System.TimeSpan(" + value.Ticks.ToString(CultureInfo.InvariantCulture) + "L) /* "
        + value.ToString("c", CultureInfo.InvariantCulture) + " */";

    /// <summary>A member access for a defined enum value, or a cast of its number otherwise.</summary>
    public static string Enum<TEnum>(string typeName, TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_')
            ? typeName + "." + name
            : "(" + typeName + ")(" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ")";
    }

    private static bool NeedsEscape(char c) =>
        c < ' '
        || (c >= '\u007F' && c <= '\u009F')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\uFEFF'
        || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
