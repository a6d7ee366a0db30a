using System;
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
/// value-equatable models after its first step, so editing C# re-runs none of the JSON work and
/// editing one agenda re-generates that agenda alone.
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

        /// <summary>Each file parsed, validated and named.</summary>
        public const string Models = "AgendaModels";

        /// <summary>The namespace from the project's options.</summary>
        public const string Namespace = "AgendaNamespace";

        /// <summary>Each file's id and class name.</summary>
        public const string Identities = "AgendaIdentities";

        /// <summary>Files left out because another file makes the same class.</summary>
        public const string Duplicates = "AgendaDuplicates";

        /// <summary>What the source output receives for each file.</summary>
        public const string Output = "AgendaOutput";
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

        var @namespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ResolveNamespace(options.GlobalOptions))
            .WithTrackingName(Steps.Namespace);

        var duplicates = models
            .Select(static (model, _) => model.Class is null
                ? null
                : new AgendaIdentity(model.Class.ClassName, model.Class.Definition.Id, model.Path, model.Class.IdLocation))
            .WithTrackingName(Steps.Identities)
            .Collect()
            .Select(static (identities, _) => FindDuplicates(identities))
            .WithTrackingName(Steps.Duplicates);

        var output = models
            .Combine(@namespace)
            .Combine(duplicates)
            .Select(static (input, _) => new OutputInput(input.Left.Left, input.Left.Right, input.Right.Duplicates))
            .WithTrackingName(Steps.Output);

        context.RegisterSourceOutput(output, static (production, input) => Produce(production, input));
        context.RegisterSourceOutput(@namespace.Combine(duplicates), static (production, input) =>
        {
            // Project-wide problems, reported once rather than once per agenda.
            foreach (var problem in new[] { input.Left.Problem, input.Right.Failure })
            {
                if (problem is not null)
                {
                    production.ReportDiagnostic(AgendaDiagnostics.ToDiagnostic(problem));
                }
            }
        });
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
            return new NamespaceSpec(NamespaceResolver.DefaultLeaf, Parser.Failure(null, exception));
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
            return new DuplicateReport(ValueArray<DuplicateSpec>.Empty, Parser.Failure(null, exception));
        }
    }

    private static void Produce(SourceProductionContext production, OutputInput input)
    {
        var model = input.Model;
        try
        {
            foreach (var diagnostic in model.Diagnostics)
            {
                production.ReportDiagnostic(AgendaDiagnostics.ToDiagnostic(diagnostic));
            }

            if (model.Class is null)
            {
                return;
            }

            foreach (var duplicate in input.Duplicates)
            {
                if (string.Equals(duplicate.Duplicate.Path, model.Path, StringComparison.Ordinal))
                {
                    production.ReportDiagnostic(AgendaDiagnostics.ToDiagnostic(DuplicateFinder.ToDiagnostic(duplicate)));
                    return;
                }
            }

            production.AddSource(
                Emitter.HintName(input.Namespace.Name, model.Class),
                Emitter.Emit(model.Class, input.Namespace.Name));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            production.ReportDiagnostic(AgendaDiagnostics.ToDiagnostic(Parser.Failure(model.Path, exception)));
        }
    }

    /// <summary>The cross-file duplicate check's result.</summary>
    /// <param name="Duplicates">Every file left out because another makes the same class.</param>
    /// <param name="Failure">PPG999 when the check itself failed (then nothing is left out).</param>
    private sealed record DuplicateReport(ValueArray<DuplicateSpec> Duplicates, DiagnosticSpec? Failure);

    /// <summary>The equatable input of the source output for one agenda file.</summary>
    /// <param name="Model">The parsed and named agenda.</param>
    /// <param name="Namespace">Where its class goes.</param>
    /// <param name="Duplicates">Every file left out because of a duplicate class.</param>
    private sealed record OutputInput(AgendaModel Model, NamespaceSpec Namespace, ValueArray<DuplicateSpec> Duplicates);
}
