using PeerPractice.Agendas;
using PeerPractice.Documents;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// The members an author's own template can read, kind by kind, with the values the sample documents
/// give them: ids, minutes, cadences, turn wording, default roles and what the Chatham House Rule withholds.
/// </summary>
public sealed class DocumentModelMemberTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-model-members-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Render(string kind, string body, DocumentModel model)
    {
        File.WriteAllText(Path.Combine(_folder, "probe.txt.sbn"), "---\nkind: " + kind + "\n---\n" + body);
        var set = TemplateSet.FromFolder(_folder, out var problems);
        Assert.Empty(problems);
        return new TemplateRenderer(set).Render("probe.txt", model, TestContext.Current.CancellationToken);
    }

    private const string AgendaProbe = "{{ doc.title }}|{{ agenda.id }}|{{ agenda.duration_minutes }}|{{ agenda.cadence }}|{{ agenda.agreements | array.join '; ' }}\n"
        + "{{ for s in agenda.sections }}{{ s.id }}:{{ for i in s.items }} {{ i.id }}/{{ i.turns }}/{{ i.minutes }}{{ if i.response }}/{{ i.response.kind }} {{ i.response.minutes }}{{ end }}{{ end }}\n{{ end }}";

    [Theory]
    [InlineData(AgendaLibrary.PeerBrainstorm, "Monthly peer brainstorm|peer-brainstorm|105|monthly|What we discuss stays between the two of us.; We speak candidly and listen thoughtfully, without selling or fixing.\nproblem: biggest-problem/each in turn/5/perspective 3 why-problem-matters/each in turn/3/perspective 2 problem-actions/each in turn/4/suggestions 3\nopportunity: biggest-opportunity/each in turn/5/perspective 3 why-opportunity-matters/each in turn/3/perspective 2 opportunity-actions/each in turn/4/suggestions 3\nnifty: something-nifty/each in turn/3/questions 2\n")]
    [InlineData(AgendaLibrary.QuarterlyDeepDive, "Quarterly deep dive|quarterly-deep-dive|150|quarterly|What we see and discuss stays between the two of us.; We show the real state of things, failures included, not a polished presentation.\narrival: catch-up/open discussion/15\nwalk-through: host-walk-through/host speaks/30/questions 10\nbrainstorm: biggest-problem/each in turn/10/perspective 5 biggest-opportunity/each in turn/10/suggestions 5\naccountability: commitments-review/each in turn/5 takeaways/open discussion/10\n")]
    public void An_agenda_shows_its_ids_minutes_cadence_agreements_and_turns(string agendaId, string expected)
    {
        Assert.Equal(expected, Render("agenda", AgendaProbe, DocumentModel.FromAgenda(AgendaLibrary.Get(agendaId))));
    }

    [Fact]
    public void A_session_shows_its_minutes_and_people_only_when_attributed()
    {
        const string probe = "{{ doc.title }}|{{ doc.attributed }}|{{ doc.chatham_house }}|{{ session.minutes }}|{{ for p in session.participants }}{{ p.name }} ({{ p.role }}); {{ end }}|{{ for a in session.action_items }}{{ a.text }} @{{ a.item }}; {{ end }}";
        Assert.Equal("Peer brainstorm|true|false|85|Ana Moreno (participant); Dev Raman (participant); |Pilot a repeat-incident review with the service desk @whats-being-done; Send our AI use policy across @biggest-opportunity; ", Render("session", probe, DocumentModel.FromSession(SampleDocuments.Session, Attribution.Attributed)));
        Assert.Equal("Peer brainstorm|false|true|85||Pilot a repeat-incident review with the service desk @whats-being-done; Send our AI use policy across @biggest-opportunity; ", Render("session", probe, DocumentModel.FromSession(SampleDocuments.Session, Attribution.ChathamHouse)));
    }

    [Fact]
    public void A_visit_plan_shows_its_id_minutes_targets_slots_topics_and_follow_up()
    {
        const string probe = "{{ doc.title }}|{{ plan.id }}|{{ plan.duration_minutes }}|{{ plan.is_return_visit }}|{{ for p in plan.host_people }}{{ p.name }}; {{ end }}\n"
            + "{{ for t in plan.targets }}{{ t.organization }}: {{ t.matched_objectives | array.join ', ' }}\n{{ end }}"
            + "{{ for s in plan.slots }}{{ s.minutes }} {{ s.duration }} {{ s.question_minutes_each }} {{ if s.topic }}{{ s.topic.id }}{{ end }}\n{{ end }}"
            + "{{ for a in plan.follow_up.articles }}{{ a.title }}; {{ end }}|{{ for c in plan.follow_up.calls }}{{ c.topic }}; {{ end }}";
        Assert.Equal("Site visit: Northwind Health at Contoso Care|northwind-visits-contoso|195|false|Dev Raman; Erin Walsh; Femi Adeyemi; \nContoso Care: Service management, Cybersecurity\nFabrikam Clinics: AI integration\n30 30 min 5 \n60 1 h 15 service-management\n60 1 h 15 cybersecurity\n45 45 min 10 ai-integration\nProblem management that sticks; |Progress on the problem review; ", Render("visit-plan", probe, DocumentModel.FromVisitPlan(SampleDocuments.VisitPlan, Attribution.Attributed)));
        Assert.Equal("Return visit: Contoso Care at Northwind Health|northwind-visits-contoso|northwind-visits-contoso-return|true|false", Render("visit-pair", "{{ doc.title }}|{{ first.id }}|{{ plan.id }}|{{ plan.is_return_visit }}|{{ first.is_return_visit }}", DocumentModel.FromVisitPair(SampleDocuments.VisitPair, Attribution.Attributed)));
    }

    [Fact]
    public void A_breakfast_and_an_introduction_show_their_ids_topics_and_invitees()
    {
        var samples = SampleDocuments.ForTemplates;
        Assert.Equal("CIO breakfast: AI in operations|breakfast-2027-03|ai-integration=AI integration? How AI-literate are your teams, and how did you raise it?; cybersecurity=Cybersecurity? How far along is your zero trust architecture, and what was hardest?; |Bilal Achebe; Anders Tanaka; Tamar Kowalski; ", Render("breakfast", "{{ doc.title }}|{{ breakfast.id }}|{{ for t in breakfast.topics }}{{ t.id }}={{ t.title }}? {{ t.question }}; {{ end }}|{{ for p in breakfast.invitees }}{{ p.name }}; {{ end }}", samples.ModelFor(DocumentKind.Breakfast, Attribution.Attributed)!));
        Assert.Equal("An introduction: Dev Raman|intro-ana-dev-202612010900", Render("introduction", "{{ doc.title }}|{{ intro.id }}", samples.ModelFor(DocumentKind.Introduction, Attribution.Attributed)!));
    }
}
