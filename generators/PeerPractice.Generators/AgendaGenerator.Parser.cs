using System;
using System.Collections.Generic;
using System.Threading;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Generators.Diagnostics;
using PeerPractice.Generators.Helpers;
using PeerPractice.Generators.Model;

namespace PeerPractice.Generators;

public sealed partial class AgendaGenerator
{
    /// <summary>
    /// Turns one agenda file into an equatable model: the shared parser's definition and problems,
    /// plus the C# names. Never throws (except on cancellation): a failure becomes PPG999.
    /// </summary>
    internal static class Parser
    {
        /// <summary>The suffix every agenda class name ends with.</summary>
        public const string ClassSuffix = "Agenda";

        /// <summary>Parses, validates and names one agenda file.</summary>
        public static AgendaModel Parse(AgendaFile file, CancellationToken cancellationToken)
        {
            try
            {
                if (file.Text is null)
                {
                    var unreadable = new DiagnosticSpec(
                        AgendaDiagnostics.UnreadableFileId,
                        ProblemSeverity.Error,
                        ValueArray.Create(file.Path),
                        LocationSpec.StartOf(file.Path));
                    return new AgendaModel(file.Path, null, ValueArray.Create(unreadable));
                }

                var result = AgendaParser.Parse(file.Text, file.Path);
                cancellationToken.ThrowIfCancellationRequested();
                return FromResult(result, file);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return new AgendaModel(file.Path, null, ValueArray.Create(Failure(file.Path, exception)));
            }
        }

        /// <summary>The model for a parse result: its problems as diagnostics, and names when there is a definition.</summary>
        public static AgendaModel FromResult(LoadResult<AgendaDefinition> result, AgendaFile file)
        {
            var diagnostics = new List<DiagnosticSpec>(result.Problems.Count);
            foreach (var problem in result.Problems)
            {
                diagnostics.Add(FromProblem(problem, file.Path));
            }

            var spec = result.Value is null ? null : Name(result.Value, file, diagnostics);
            return new AgendaModel(file.Path, spec, new ValueArray<DiagnosticSpec>(diagnostics));
        }

        /// <summary>The PPG999 diagnostic for an unexpected exception, located at the start of the file.</summary>
        public static DiagnosticSpec Failure(string? filePath, Exception exception) => new(
            AgendaDiagnostics.UnexpectedFailureId,
            ProblemSeverity.Error,
            ValueArray.Create(exception.GetType().FullName ?? exception.GetType().Name, exception.Message),
            filePath is null ? LocationSpec.None : LocationSpec.StartOf(filePath));

        private static DiagnosticSpec FromProblem(Problem problem, string filePath) => new(
            problem.Id,
            problem.Severity,
            ValueArray.Create(problem.Message + " [" + problem.JsonPath + "]"),
            new LocationSpec(problem.Source ?? filePath, problem.Span));

        private static AgendaClassSpec? Name(Agendas.AgendaDefinition definition, AgendaFile file, List<DiagnosticSpec> diagnostics)
        {
            var locator = new IdLocator(file.Text ?? string.Empty, file.Path);

            var baseName = IdentifierNames.ToPascalCase(definition.Id);
            if (baseName is null)
            {
                diagnostics.Add(new DiagnosticSpec(
                    AgendaDiagnostics.IdWithoutNameId,
                    ProblemSeverity.Error,
                    ValueArray.Create("agenda", definition.Id),
                    locator.Agenda()));
                return null;
            }

            var className = baseName + ClassSuffix;
            var sections = MemberNamer.Name(definition, className, locator, diagnostics);
            return sections is null
                ? null
                : new AgendaClassSpec(className, FileName(file.Path), definition, sections.Value, locator.Agenda());
        }

        private static string FileName(string path)
        {
            var slash = path.LastIndexOfAny(['/', '\\']);
            return slash < 0 ? path : path.Substring(slash + 1);
        }
    }
}
