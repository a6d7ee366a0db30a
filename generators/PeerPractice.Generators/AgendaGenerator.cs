using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PeerPractice.Collections;
using PeerPractice.Generators.Diagnostics;
using PeerPractice.Generators.Helpers;
using PeerPractice.Generators.Model;

namespace PeerPractice.Generators;

/// <summary>
/// Turns <c>*.agenda.json</c> additional files into typed agenda classes. The pipeline carries only
/// value-equatable models after its first step, and it splits each file's model at once into what
/// is generated (no locations) and what is reported (with locations), each with its own output:
/// editing C# re-runs none of the JSON work, editing one agenda regenerates that agenda alone, and
/// an edit that only moves text (whitespace, reindenting) re-reports diagnostics but regenerates
/// nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class AgendaGenerator : IIncrementalGenerator
{
    /// <summary>The file name ending that marks an agenda.</summary>
    public const string AgendaFileSuffix = ".agenda.json";

    /// <summary>Pipeline step names, for <c>GeneratorDriver</c> step tracking in tests and benchmarks.</summary>
    internal static class Steps
    {
        /// <summary>Path and text of each agenda file.</summary>
        public const string Files = "AgendaFiles";

        /// <summary>Each file parsed, validated and named, with its diagnostics.</summary>
        public const string Models = "AgendaModels";

        /// <summary>Each file's class spec alone: no locations, so a layout-only edit stops here.</summary>
        public const string Classes = "AgendaClasses";

        /// <summary>The namespace from the project's options.</summary>
        public const string Namespace = "AgendaNamespace";

        /// <summary>Each file's id and class name.</summary>
        public const string Identities = "AgendaIdentities";

        /// <summary>Files left out because another file makes the same class.</summary>
        public const string Duplicates = "AgendaDuplicates";

        /// <summary>What the source output receives for each file: a class spec and namespace, or nothing.</summary>
        public const string Output = "AgendaOutput";

        /// <summary>What the diagnostics output receives for each file.</summary>
        public const string Diagnostics = "AgendaDiagnostics";

        /// <summary>Project-wide diagnostics: the namespace and the duplicate check.</summary>
        public const string ProjectDiagnostics = "AgendaProjectDiagnostics";
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(AgendaFileSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => ReadFile(text, cancellationToken))
            .WithTrackingName(Steps.Files);

        var models = files
            .Select(static (file, cancellationToken) => Parser.Parse(file, cancellationToken))
            .WithTrackingName(Steps.Models);

        var classes = models
            .Select(static (model, _) => model.Class)
            .WithTrackingName(Steps.Classes);

        var @namespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ResolveNamespace(options.GlobalOptions))
            .WithTrackingName(Steps.Namespace);

        var duplicates = classes
            .Select(static (spec, _) => spec is null ? null : new AgendaIdentity(spec.ClassName, spec.Definition.Id, spec.Path))
            .WithTrackingName(Steps.Identities)
            .Collect()
            .Select(static (identities, _) => FindDuplicates(identities))
            .WithTrackingName(Steps.Duplicates);

        var leftOut = duplicates.Select(static (report, _) => report.Duplicates);

        // Source: location-free inputs only, so that only a change to what is generated reaches AddSource.
        var sources = classes
            .Combine(@namespace.Select(static (spec, _) => spec.Name))
            .Combine(leftOut)
            .Select(static (input, _) => ToGenerate(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(Steps.Output);
        context.RegisterSourceOutput(sources, static (production, input) => Produce(production, input));

        // Diagnostics: everything with a location, re-reported whenever a location moves.
        var fileDiagnostics = models
            .Combine(leftOut)
            .Select(static (input, _) => Diagnose(input.Left, input.Right))
            .WithTrackingName(Steps.Diagnostics);
        context.RegisterSourceOutput(fileDiagnostics, static (production, diagnostics) => Report(production, diagnostics));

        var projectDiagnostics = @namespace
            .Combine(duplicates)
            .Select(static (input, _) => Diagnose(input.Left.Problem, input.Right.Failure))
            .WithTrackingName(Steps.ProjectDiagnostics);
        context.RegisterSourceOutput(projectDiagnostics, static (production, diagnostics) => Report(production, diagnostics));
    }

    private static AgendaFile ReadFile(AdditionalText text, CancellationToken cancellationToken)
    {
        try
        {
            return new AgendaFile(text.Path, text.GetText(cancellationToken)?.ToString());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Reported as PPG006 (the file could not be read) by the next step.
            return new AgendaFile(text.Path, null);
        }
    }

    private static NamespaceSpec ResolveNamespace(AnalyzerConfigOptions options)
    {
        try
        {
            return NamespaceResolver.Resolve(options);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new NamespaceSpec(NamespaceResolver.DefaultLeaf, AgendaDiagnostics.Failure(null, exception));
        }
    }

    private static DuplicateReport FindDuplicates(ImmutableArray<AgendaIdentity?> identities)
    {
        try
        {
            return new DuplicateReport(DuplicateFinder.Find(identities), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new DuplicateReport(ValueArray<DuplicateSpec>.Empty, AgendaDiagnostics.Failure(null, exception));
        }
    }

    /// <summary>What to generate for one file: nothing when it has errors or another file keeps its class.</summary>
    private static SourceInput? ToGenerate(AgendaClassSpec? spec, string @namespace, ValueArray<DuplicateSpec> leftOut) =>
        spec is null || Find(leftOut, spec.Path) is not null ? null : new SourceInput(spec, @namespace);

    /// <summary>Everything to report for one file: its own diagnostics, then PPG001/PPG002 when it is left out.</summary>
    private static ValueArray<DiagnosticSpec> Diagnose(AgendaModel model, ValueArray<DuplicateSpec> leftOut)
    {
        var duplicate = model.Class is null ? null : Find(leftOut, model.Path);
        if (duplicate is null)
        {
            return model.Diagnostics;
        }

        var all = new List<DiagnosticSpec>(model.Diagnostics) { DuplicateFinder.ToDiagnostic(duplicate, model.IdLocation) };
        return new ValueArray<DiagnosticSpec>(all);
    }

    private static ValueArray<DiagnosticSpec> Diagnose(DiagnosticSpec? namespaceProblem, DiagnosticSpec? duplicateFailure)
    {
        var all = new List<DiagnosticSpec>(2);
        foreach (var problem in new[] { namespaceProblem, duplicateFailure })
        {
            if (problem is not null)
            {
                all.Add(problem);
            }
        }

        return new ValueArray<DiagnosticSpec>(all);
    }

    private static DuplicateSpec? Find(ValueArray<DuplicateSpec> leftOut, string path)
    {
        foreach (var duplicate in leftOut)
        {
            if (string.Equals(duplicate.Duplicate.Path, path, StringComparison.Ordinal))
            {
                return duplicate;
            }
        }

        return null;
    }

    private static void Produce(SourceProductionContext production, SourceInput? input)
    {
        if (input is null)
        {
            return;
        }

        try
        {
            production.AddSource(Emitter.HintName(input.Namespace, input.Class), Emitter.Emit(input.Class, input.Namespace));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            production.ReportDiagnostic(AgendaDiagnostics.ToDiagnostic(AgendaDiagnostics.Failure(input.Class.Path, exception)));
        }
    }

    private static void Report(SourceProductionContext production, ValueArray<DiagnosticSpec> diagnostics)
    {
        try
        {
            foreach (var diagnostic in diagnostics)
            {
                production.ReportDiagnostic(AgendaDiagnostics.ToDiagnostic(diagnostic));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            production.ReportDiagnostic(AgendaDiagnostics.ToDiagnostic(AgendaDiagnostics.Failure(null, exception)));
        }
    }

    /// <summary>The cross-file duplicate check's result.</summary>
    /// <param name="Duplicates">Every file left out because another makes the same class.</param>
    /// <param name="Failure">PPG999 when the check itself failed (then nothing is left out).</param>
    private sealed record DuplicateReport(ValueArray<DuplicateSpec> Duplicates, DiagnosticSpec? Failure);

    /// <summary>The equatable input of the source output for one agenda file; it holds no locations.</summary>
    /// <param name="Class">The class to generate.</param>
    /// <param name="Namespace">Where it goes.</param>
    private sealed record SourceInput(AgendaClassSpec Class, string Namespace);
}
