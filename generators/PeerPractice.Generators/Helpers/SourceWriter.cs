using System;
using System.Text;

namespace PeerPractice.Generators.Helpers;

/// <summary>
/// Writes indented C# text. Line endings are always <c>\n</c> so that generated output is
/// byte-for-byte the same on every machine (golden files and incremental caching rely on it).
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _text = new();
    private int _indent;

    /// <summary>Writes one line at the current indentation; an empty line carries no indentation.</summary>
    public SourceWriter Line(string line = "")
    {
        if (line.Length != 0)
        {
            _text.Append(' ', _indent * IndentSize).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public SourceWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Unindents and writes <c>}</c> plus <paramref name="suffix"/> (for example <c>;</c> or <c>,</c>).</summary>
    public SourceWriter Close(string suffix = "")
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("More blocks closed than opened.");
        }

        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Indents the following lines one level.</summary>
    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    /// <summary>Undoes one <see cref="Indent"/>.</summary>
    public SourceWriter Unindent()
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("More unindents than indents.");
        }

        _indent--;
        return this;
    }

    /// <summary>Writes an XML doc element (<c>summary</c>, <c>remarks</c>) from plain text, escaped and split into lines.</summary>
    public SourceWriter Doc(string element, string plainText) => DocXml(element, XmlDocText.Escape(plainText));

    /// <summary>Writes an XML doc element whose content is already valid XML.</summary>
    public SourceWriter DocXml(string element, string xmlContent)
    {
        var lines = xmlContent.Split('\n');
        if (lines.Length == 1)
        {
            return Line("/// <" + element + ">" + lines[0] + "</" + element + ">");
        }

        Line("/// <" + element + ">");
        foreach (var line in lines)
        {
            Line(line.Length == 0 ? "///" : "/// " + line);
        }

        return Line("/// </" + element + ">");
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => _text.ToString();
}
