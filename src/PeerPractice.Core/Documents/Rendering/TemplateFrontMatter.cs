using System;
using System.Collections.Generic;

namespace PeerPractice.Documents;

/// <summary>
/// Reads a template file's front matter: an optional block at the very top between two <c>---</c>
/// lines, one <c>key: value</c> per line (<c>kind</c>, <c>format</c>, <c>description</c>), described by
/// <c>template-front-matter.schema.json</c>. Problems are located at the file's line and column.
/// </summary>
internal static class TemplateFrontMatter
{
    private const string Fence = "---";

    public static readonly string[] Keys = ["kind", "format", "description"];

    /// <summary>Reads <paramref name="fileText"/> of the template <paramref name="name"/> into a source; null (with problems) when the front matter is wrong.</summary>
    public static TemplateSource? Read(string name, string fileText, string path, List<Problem> problems)
    {
        var lines = fileText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var builtInKind = BuiltInTemplates.KindOf(name);
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            if (builtInKind is null)
            {
                problems.Add(TemplateProblems.UnknownTemplate.At(
                    "Not a built-in template name, and no front matter names its kind. Start the file with front matter such as '---', 'kind: session', 'format: markdown', '---' (kinds: "
                    + string.Join(", ", DocumentKinds.Names) + "), or rename it to a built-in template: " + string.Join(", ", BuiltInTemplates.Names) + " (plus .sbn).",
                    path,
                    null,
                    SourceSpan.At(1, 1)));
                return null;
            }

            return new TemplateSource(name, fileText, path);
        }

        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() == Fence);
        if (end < 0)
        {
            problems.Add(Located("The front matter has no closing '---' line.", path, 1, 1, Fence.Length));
            return null;
        }

        var before = problems.Count;
        DocumentKind? kind = null;
        OutputFormat? format = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < end; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problems.Add(Located("Front matter lines are 'key: value'; this one has no key.", path, lineNumber, 1, line.Length));
                continue;
            }

            var key = line[..colon].Trim();
            var keyColumn = line.IndexOf(key, StringComparison.Ordinal) + 1;
            var value = line[(colon + 1)..].Trim();
            var valueColumn = value.Length == 0 ? colon + 2 : line.IndexOf(value, colon + 1, StringComparison.Ordinal) + 1;
            if (!seen.Add(key))
            {
                problems.Add(Located($"'{key}' is given twice; keep one.", path, lineNumber, keyColumn, key.Length));
                continue;
            }

            switch (key)
            {
                case "kind":
                    kind = DocumentKinds.Find(value);
                    if (kind is null)
                    {
                        problems.Add(Located($"'{value}' is not a document kind; kinds: {string.Join(", ", DocumentKinds.Names)}.", path, lineNumber, valueColumn, value.Length));
                    }

                    break;
                case "format":
                    format = OutputFormats.Parse(value);
                    if (format is null)
                    {
                        problems.Add(Located($"'{value}' is not an output format; formats: markdown, html, text.", path, lineNumber, valueColumn, value.Length));
                    }

                    break;
                case "description":
                    break;
                default:
                    problems.Add(Located($"'{key}' is not a front matter key; keys: {string.Join(", ", Keys)}.", path, lineNumber, keyColumn, key.Length));
                    break;
            }
        }

        if (!seen.Contains("kind") && problems.Count == before)
        {
            problems.Add(Located("The front matter must name the document's kind, for example 'kind: session'; kinds: " + string.Join(", ", DocumentKinds.Names) + ".", path, 1, 1, Fence.Length));
        }

        if (kind is { } k && builtInKind is { } b && k != b)
        {
            problems.Add(Located($"'{name}' overrides a built-in template of kind '{DocumentKinds.NameOf(b)}', not '{DocumentKinds.NameOf(k)}'. Fix the kind or rename the file.", path, 1, 1, Fence.Length));
        }

        if (problems.Count > before || kind is null)
        {
            return null;
        }

        return new TemplateSource(name, string.Join("\n", lines, end + 1, lines.Length - end - 1), path)
        {
            Kind = kind,
            Format = format ?? OutputFormats.FromName(name),
            FirstLine = end + 2,
        };
    }

    private static Problem Located(string message, string path, int line, int column, int length) =>
        TemplateProblems.FrontMatter.At(message, path, null, new SourceSpan(0, length, line, column, line, column + length));
}
