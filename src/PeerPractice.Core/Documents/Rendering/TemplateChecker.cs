using System;
using System.Collections.Generic;
using System.Linq;
using PeerPractice.Collections;

namespace PeerPractice.Documents;

/// <summary>
/// Validates a template folder before anyone relies on it: every file must be a built-in name or
/// carry front matter naming its kind, parse, name only members its kind's model has (on every
/// branch), and render the caller's <see cref="TemplateSamples"/> in both attributed and Chatham House
/// modes within the limits, without leaking any of the samples' private notes.
/// </summary>
public static class TemplateChecker
{
    /// <summary>Checks every <c>*.sbn</c> file in <paramref name="folder"/>.</summary>
    /// <param name="folder">The override folder.</param>
    /// <param name="samples">The data every template is rendered with.</param>
    /// <param name="limits">The limits to check within; <see cref="RenderLimits.Default"/> when null.</param>
    /// <param name="time">Measures the deadline; the system clock when null.</param>
    /// <returns>How many override templates were parsed and tried (the value), and every problem found in file, line and column order; succeeded when the folder is good to use.</returns>
    public static LoadResult<int> CheckFolder(string folder, TemplateSamples samples, RenderLimits? limits = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var set = TemplateSet.FromFolder(folder, out var loadProblems);
        var problems = new List<Problem>(loadProblems);
        var renderer = new TemplateRenderer(set, limits, time);
        var checkedCount = 0;
        foreach (var name in set.Names.Order(StringComparer.Ordinal))
        {
            var source = set.Find(name);
            if (source?.FilePath is null)
            {
                continue;
            }

            checkedCount++;
            CheckOne(renderer, source, samples, problems);
        }

        // In file, line and column order, as the compiler lists them.
        var sorted = problems
            .OrderBy(p => p.Source, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Column);
        return new LoadResult<int>(checkedCount, sorted.ToValueArray());
    }

    /// <summary>Checks one template of <paramref name="renderer"/>'s set against <paramref name="samples"/>.</summary>
    /// <param name="renderer">The renderer holding the template.</param>
    /// <param name="templateName">A built-in template name.</param>
    /// <param name="samples">The data the template is rendered with.</param>
    public static ValueArray<Problem> Check(TemplateRenderer renderer, string templateName, TemplateSamples samples)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(samples);
        var problems = new List<Problem>();
        var source = renderer.Templates.Find(templateName);
        if (source is null)
        {
            problems.Add(TemplateProblems.UnknownTemplate.At("Unknown template; known templates: " + string.Join(", ", renderer.Templates.Names) + ".", templateName, null, SourceSpan.Start));
        }
        else
        {
            CheckOne(renderer, source, samples, problems);
        }

        return problems.ToValueArray();
    }

    private static void CheckOne(TemplateRenderer renderer, TemplateSource source, TemplateSamples samples, List<Problem> problems)
    {
        try
        {
            var template = renderer.Compile(source.Name);
            if (source.Kind is not { } kind)
            {
                problems.Add(TemplateProblems.UnknownTemplate.At("The template names no document kind; add front matter such as 'kind: session'.", source.FilePath ?? source.Name, null, SourceSpan.At(1, 1)));
                return;
            }

            if (samples.ModelFor(kind, Attribution.Attributed) is not { } attributed || samples.ModelFor(kind, Attribution.ChathamHouse) is not { } chathamHouse)
            {
                return; // no sample of this kind was given, so there is nothing to check it against
            }

            DocumentModel[] models = [attributed, chathamHouse];

            // Every branch against the kind's members, then a real render of each mode for what only running shows.
            var unknown = ModelShape.Of(models)!.UnknownMembers(template, source);
            if (unknown.Count > 0)
            {
                problems.AddRange(unknown);
                return;
            }

            foreach (var model in models)
            {
                var output = renderer.Render(source.Name, model);
                if (samples.PrivateNoteTexts().Any(text => output.Contains(text, StringComparison.Ordinal)))
                {
                    // Cannot happen through the model; kept as a tripwire should the model ever change.
                    problems.Add(TemplateProblems.PrivateNoteInOutput.At("The output contains a private note.", source.FilePath ?? source.Name, null, SourceSpan.Start));
                }
            }
        }
        catch (TemplateRenderException exception)
        {
            problems.Add(exception.Problem);
        }
    }
}
