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
        private const string ClassSuffix = "Agenda";

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
                    return Failed(file.Path, unreadable);
                }

                var result = AgendaParser.Parse(file.Text, file.Path, out var ids);
                cancellationToken.ThrowIfCancellationRequested();
                return FromResult(result, ids, file.Path);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Failed(file.Path, AgendaDiagnostics.Failure(file.Path, exception));
            }
        }

        /// <summary>
        /// The model for a parse result: its problems as diagnostics, and names when there is a
        /// definition. Without <paramref name="ids"/> (a definition made in code) the generator's own
        /// diagnostics point at the start of the file.
        /// </summary>
        public static AgendaModel FromResult(LoadResult<AgendaDefinition> result, AgendaIdSpans? ids, string path)
        {
            var diagnostics = new List<DiagnosticSpec>(result.Problems.Count);
            foreach (var problem in result.Problems)
            {
                diagnostics.Add(AgendaDiagnostics.FromProblem(problem, path));
            }

            var idLocation = LocationSpec.In(path, ids?.Agenda);
            var spec = result.Value is null ? null : Name(result.Value, ids, path, idLocation, diagnostics);
            return new AgendaModel(path, spec, idLocation, new ValueArray<DiagnosticSpec>(diagnostics));
        }

        private static AgendaModel Failed(string path, DiagnosticSpec diagnostic) =>
            new(path, null, LocationSpec.StartOf(path), ValueArray.Create(diagnostic));

        private static AgendaClassSpec? Name(AgendaDefinition definition, AgendaIdSpans? ids, string path, LocationSpec idLocation, List<DiagnosticSpec> diagnostics)
        {
            var baseName = MemberNamer.NameOf(definition.Id);
            if (baseName is null)
            {
                diagnostics.Add(new DiagnosticSpec(
                    AgendaDiagnostics.IdWithoutNameId,
                    ProblemSeverity.Error,
                    ValueArray.Create("agenda", definition.Id),
                    idLocation));
                return null;
            }

            var className = baseName + ClassSuffix;
            var sections = MemberNamer.Name(definition, className, ids, path, diagnostics);
            return sections is null ? null : new AgendaClassSpec(path, className, definition, sections.Value);
        }
    }
}
