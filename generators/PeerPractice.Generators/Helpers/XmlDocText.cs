using System.Text;

namespace PeerPractice.Generators.Helpers;

/// <summary>
/// Turns agenda text (titles, summaries, prompts) into XML doc comment content. A doc comment
/// that is not well-formed XML is a compiler warning (CS1570), and consumers build with warnings
/// as errors, so anything XML cannot hold is replaced, and anything C# treats as a line break
/// becomes a real doc line so that no text can escape the comment.
/// </summary>
internal static class XmlDocText
{
    /// <summary>Escapes <paramref name="text"/>; lines are separated by <c>\n</c> in the result.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    result.Append('\n');
                    break;
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    result.Append('\n');
                    break;
                case '\t':
                    result.Append(' ');
                    break;
                default:
                    AppendOther(result, text, ref i);
                    break;
            }
        }

        return result.ToString().Trim();
    }

    private static void AppendOther(StringBuilder result, string text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            result.Append(c).Append(text[++i]);
        }
        else if (c < ' ' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || c == '\uFEFF')
        {
            // Not allowed in XML 1.0 (or not encodable in UTF-8 when unpaired): shown as the replacement character.
            result.Append('\uFFFD');
        }
        else
        {
            result.Append(c);
        }
    }
}
