using System;
using System.Collections.Generic;
using System.IO;
using PeerPractice.Collections;

namespace PeerPractice.Documents;

/// <summary>
/// The templates a renderer uses, by name: the embedded built-ins, optionally overridden from a
/// folder of <c>NAME.sbn</c> files (for example <c>handout.html.sbn</c>).
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
    /// The built-in set overridden by every <c>*.sbn</c> file in <paramref name="folder"/>. A file
    /// whose name is not a built-in template is reported (the library would have no model for it)
    /// and left out. Templates are only read here; <see cref="TemplateChecker"/> parses and tries them.
    /// </summary>
    /// <param name="folder">The override folder.</param>
    /// <param name="problems">Files that could not be used.</param>
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
            if (BuiltInTemplates.KindOf(name) is null)
            {
                found.Add(TemplateProblems.UnknownTemplate.At(
                    "Not a built-in template name; rename the file to one of: " + string.Join(", ", BuiltInTemplates.Names) + " (plus " + FileExtension + ").",
                    file,
                    null,
                    SourceSpan.Start));
                continue;
            }

            set = set.With(new TemplateSource(name, File.ReadAllText(file), file));
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
