using Microsoft.Extensions.Time.Testing;
using PeerPractice.Generators.Tests.Infrastructure;

namespace PeerPractice.Generators.Tests.Emitting;

public class TypedSessionTests
{
    // Written the way a host would: against the generated members, with no reflection.
    private const string Host = """
        using System;
        using System.Collections.Generic;
        using Contoso.Circle.Agendas;
        using PeerPractice.Sessions;

        /// <summary>Runs a whole session and records where it was, as ItemId.</summary>
        public static class Host
        {
            /// <summary>Runs the session.</summary>
            /// <param name="time">The clock.</param>
            public static string Run(TimeProvider time)
            {
                var people = new[] { new Participant("ana", "Ana"), new Participant("ben", "Ben") };
                PeerBrainstormAgenda.Session session = PeerBrainstormAgenda.StartSession(people, time);
                var trace = new List<string> { session.CurrentItem?.ToString() ?? "none" };
                foreach (var person in people)
                {
                    foreach (var agreement in PeerBrainstormAgenda.Definition.Agreements)
                    {
                        session.AgendaSession.Acknowledge(person.Id, agreement.Id);
                    }
                }

                session.AgendaSession.Start();
                for (var guard = 0; session.CurrentItem is PeerBrainstormAgenda.ItemId item && guard < 100; guard++)
                {
                    if (trace[trace.Count - 1] != item.ToString())
                    {
                        trace.Add(item.ToString());
                    }

                    session.AgendaSession.Next();
                }

                session.AgendaSession.Finish();
                trace.Add(session.CurrentItem?.ToString() ?? "none");
                trace.Add(session.AgendaSession.IsClosed ? "closed" : "open");
                return string.Join(",", trace);
            }
        }
        """;

    [Fact]
    public void A_host_runs_a_typed_session_to_the_end_reading_its_position_as_ItemId()
    {
        var compilation = GeneratorHarness.CreateCompilation("TypedSession", EmitHelper.Emit(SampleAgendas.PeerBrainstorm()), Host);
        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));

        using var assembly = new GeneratedAssembly(compilation);
        var trace = assembly.Type("Host").GetMethod("Run")!.Invoke(null, [new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))]);

        Assert.Equal("none,BiggestProblem,WhyItMatters,WhatsBeingDone,NextSteps,none,closed", trace);
    }
}
