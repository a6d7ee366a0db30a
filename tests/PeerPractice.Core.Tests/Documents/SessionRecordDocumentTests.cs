using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.Documents;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Documents;

public class SessionRecordDocumentTests
{
    [Fact]
    public void Summary_renders_from_a_real_session_without_its_private_notes()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 8, 8, 0, 0, TimeSpan.Zero));
        var agenda = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm);
        Participant[] people = [new("ana", "Ana Moreno"), new("dev", "Dev Raman")];
        using var session = AgendaSession.Create(agenda, people, time);
        foreach (var person in people)
        {
            foreach (var agreement in agenda.Agreements)
            {
                session.Acknowledge(person.Id, agreement.Id);
            }
        }

        session.Start();
        time.Advance(TimeSpan.FromMinutes(4));
        session.AddNote("ana", "PRIVATE-k2: the merger is off");
        session.AddNote("dev", "Weekly repeat-incident review", NoteVisibility.Shareable);
        session.AddActionItem("ana", "Pilot the review", new DateOnly(2027, 1, 15));
        time.Advance(TimeSpan.FromMinutes(50));
        session.Finish();

        var finished = session.ToRecord(new DateTimeOffset(2027, 1, 12, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, finished.Notes.Count);
        Assert.Equal(TimeSpan.FromMinutes(54), finished.Ended - finished.Started);

        var renderer = new TemplateRenderer();
        foreach (var name in new[] { BuiltInTemplates.Summary, BuiltInTemplates.SummaryHtml })
        {
            var output = renderer.Render(name, DocumentModel.FromSession(finished, Attribution.Attributed), TestContext.Current.CancellationToken);
            Assert.Contains("Weekly repeat-incident review", output);
            Assert.Contains("Pilot the review", output);
            Assert.Contains("54 min", output);
            Assert.DoesNotContain("PRIVATE-k2", output);
        }
    }

    [Fact]
    public void Handout_renders_every_agenda_of_the_built_in_library()
    {
        var renderer = new TemplateRenderer();
        foreach (var agenda in AgendaLibrary.All)
        {
            foreach (var name in new[] { BuiltInTemplates.Handout, BuiltInTemplates.HandoutHtml })
            {
                var output = renderer.Render(name, DocumentModel.FromAgenda(agenda), TestContext.Current.CancellationToken);
                Assert.Contains(agenda.Title.Replace("&", "&amp;"), output);
                Assert.Contains(agenda.Items[^1].Prompt.Split(' ')[0], output);
            }
        }
    }
}
