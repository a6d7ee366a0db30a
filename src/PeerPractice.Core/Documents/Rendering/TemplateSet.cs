using System;
using System.Collections.Generic;
using System.IO;
using PeerPractice.Collections;

namespace PeerPractice.Documents;

/// <summary>
/// The templates a renderer uses, by name: the embedded built-ins, optionally overridden and extended
/// from a folder of <c>NAME.sbn</c> files (for example <c>handout.html.sbn</c> or <c>intro-email.md.sbn</c>).
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The file extension of template files in an override folder.</summary>
    public const string FileExtension = ".sbn";

    private static readonly Lazy<TemplateSet> _builtIn = new(LoadBuiltIn);
    private readonly Dictionary<string, TemplateSource> _sources;

    private TemplateSet(Dictionary<string, TemplateSource> sources) => _sources = sources;

    /// <summary>The templates shipped with the library.</summary>
    public static TemplateSet BuiltIn => _builtIn.Value;

    /// <summary>Every template name in the set.</summary>
    public IEnumerable<string> Names => _sources.Keys;

    /// <summary>The template named <paramref name="name"/>, or null.</summary>
    /// <param name="name">A template name, such as <c>summary.md</c>.</param>
    public TemplateSource? Find(string name) => _sources.GetValueOrDefault(name);

    /// <summary>This set with <paramref name="source"/> added or replacing the template of the same name.</summary>
    /// <param name="source">The template.</param>
    public TemplateSet With(TemplateSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sources = new Dictionary<string, TemplateSource>(_sources, StringComparer.Ordinal) { [source.Name] = source };
        return new TemplateSet(sources);
    }

    /// <summary>
    /// The built-in set extended and overridden by every <c>*.sbn</c> file in <paramref name="folder"/>:
    /// a file named like a built-in template (<c>summary.md.sbn</c>) replaces it; any other name is a new
    /// template whose front matter names its kind (<c>kind: session</c>) and optionally its output format.
    /// Files with problems are reported and left out. Templates are only read here;
    /// <see cref="TemplateChecker"/> parses and tries them.
    /// </summary>
    /// <param name="folder">The template folder.</param>
    /// <param name="problems">Files that could not be used, located at their line and column.</param>
    public static TemplateSet FromFolder(string folder, out ValueArray<Problem> problems)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var found = new List<Problem>();
        var set = BuiltIn;
        if (!Directory.Exists(folder))
        {
            found.Add(TemplateProblems.FolderMissing.At("The template folder does not exist. Check the path.", folder, null, SourceSpan.Start));
            problems = found.ToValueArray();
            return set;
        }

        var files = Directory.GetFiles(folder, "*" + FileExtension);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file)[..^FileExtension.Length];
            var source = TemplateFrontMatter.Read(name, File.ReadAllText(file), file, found);
            if (source is not null)
            {
                set = set.With(source);
            }
        }

        problems = found.ToValueArray();
        return set;
    }

    private static TemplateSet LoadBuiltIn()
    {
        var sources = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        var assembly = typeof(TemplateSet).Assembly;
        foreach (var name in BuiltInTemplates.Names)
        {
            using var stream = assembly.GetManifestResourceStream("PeerPractice.Documents.Templates." + name + FileExtension)
                ?? throw new InvalidOperationException($"The built-in template '{name}' is missing from the assembly.");
            using var reader = new StreamReader(stream);
            sources[name] = new TemplateSource(name, reader.ReadToEnd(), null);
        }

        return new TemplateSet(sources);
    }
}
