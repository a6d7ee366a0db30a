using System;
using System.Collections.Generic;
using System.Linq;
using PeerPractice.Collections;

namespace PeerPractice.Documents;

/// <summary>
/// Validates a folder of override templates before anyone relies on it: every file must be a
/// built-in name, parse, and render the sample data in both attributed and Chatham House modes
/// within the limits, without leaking the sample's private note. Unknown variables show up here,
/// because rendering is strict.
/// </summary>
public static class TemplateChecker
{
    /// <summary>Checks every <c>*.sbn</c> file in <paramref name="folder"/>.</summary>
    /// <param name="folder">The override folder.</param>
    /// <param name="limits">The limits to check within; <see cref="RenderLimits.Default"/> when null.</param>
    /// <param name="time">Measures the deadline; the system clock when null.</param>
    /// <returns>Every problem found, and how many templates were checked.</returns>
    public static TemplateCheckResult CheckFolder(string folder, RenderLimits? limits = null, TimeProvider? time = null)
    {
        var set = TemplateSet.FromFolder(folder, out var loadProblems);
        var problems = new List<TemplateProblem>(loadProblems);
        var renderer = new TemplateRenderer(set, limits, time);
        var checkedCount = 0;
        foreach (var name in BuiltInTemplates.Names)
        {
            var source = set.Find(name);
            if (source?.FilePath is null)
            {
                continue;
            }

            checkedCount++;
            CheckOne(renderer, source, problems);
        }

        // In file, line and column order, as the compiler lists them.
        var sorted = problems
            .OrderBy(p => p.FilePath ?? p.TemplateName, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Column);
        return new TemplateCheckResult(checkedCount, sorted.ToValueArray());
    }

    /// <summary>Checks one template of <paramref name="renderer"/>'s set against the sample data.</summary>
    /// <param name="renderer">The renderer holding the template.</param>
    /// <param name="templateName">A built-in template name.</param>
    public static ValueArray<TemplateProblem> Check(TemplateRenderer renderer, string templateName)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var problems = new List<TemplateProblem>();
        var source = renderer.Templates.Find(templateName);
        if (source is null)
        {
            problems.Add(new TemplateProblem(templateName, null, Agendas.ProblemSeverity.Error, 0, 0, "Unknown template."));
        }
        else
        {
            CheckOne(renderer, source, problems);
        }

        return problems.ToValueArray();
    }

    private static void CheckOne(TemplateRenderer renderer, TemplateSource source, List<TemplateProblem> problems)
    {
        try
        {
            renderer.Precompile(source.Name);
            foreach (var attribution in (ReadOnlySpan<Attribution>)[Attribution.Attributed, Attribution.ChathamHouse])
            {
                var model = SampleDocuments.ModelFor(source.Name, attribution)!;
                var output = renderer.Render(source.Name, model);
                if (output.Contains(SampleDocuments.PrivateNoteText, StringComparison.Ordinal))
                {
                    // Cannot happen through the model; kept as a tripwire should the model ever change.
                    problems.Add(new TemplateProblem(source.Name, source.FilePath, Agendas.ProblemSeverity.Error, 0, 0, "The output contains a private note."));
                }
            }
        }
        catch (TemplateRenderException exception)
        {
            problems.Add(exception.Problem);
        }
    }
}
