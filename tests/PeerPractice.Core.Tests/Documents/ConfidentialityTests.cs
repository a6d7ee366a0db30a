using PeerPractice.Collections;
using PeerPractice.Documents;
using PeerPractice.Samples;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// Issue 7, point 5, for every built-in template: a private note never appears, and the Chatham
/// House mode keeps shareable content while naming nobody.
/// </summary>
public class ConfidentialityTests
{
    private const string PrivateMarker = "PRIVATE-7f3a: the merger is off";
    private const string SharedMarker = "SHARED-19bc: weekly repeat-incident review";

    public static TheoryData<string> TemplateNames => [.. BuiltInTemplates.Names];

    private static readonly string[] _names =
        [.. SampleDocuments.Team.Select(p => p.Name), .. SampleDocuments.Hosts.Select(p => p.Name), "Ana", "Dev Raman"];

    /// <summary>Sources that carry a private and a shareable note from every participant wherever the type can hold notes.</summary>
    private static DocumentModel ModelWithNotes(string templateName, Attribution attribution)
    {
        var at = SampleDocuments.VisitPlan.Start;
        ValueArray<SessionNote> notes =
        [
            new("ana", PrivateMarker, NoteVisibility.Private, at, null),
            new("dev", PrivateMarker + " (host)", NoteVisibility.Private, at, "biggest-problem"),
            new("ben", SharedMarker, NoteVisibility.Shareable, at, null),
            new("dev", SharedMarker, NoteVisibility.Shareable, at, "whats-being-done"),
        ];
        var plan = SampleDocuments.VisitPlan with { Notes = notes };
        var pair = new VisitPair(plan, SampleDocuments.VisitPair.Reciprocal with { Notes = notes });
        var session = SampleDocuments.Session with { Notes = notes };
        return BuiltInTemplates.KindOf(templateName) switch
        {
            DocumentKind.VisitPlan => DocumentModel.FromVisitPlan(plan, attribution),
            DocumentKind.VisitPair => DocumentModel.FromVisitPair(pair, attribution),
            // An agenda cannot hold notes at all: the type is the proof; the render below still checks.
            DocumentKind.Agenda => DocumentModel.FromAgenda(SampleDocuments.Agenda),
            DocumentKind.Session => DocumentModel.FromSession(session, attribution),
            // An introduction holds no notes; its model copies only public profile fields and the reasons.
            DocumentKind.Introduction => DocumentModel.FromIntroduction(SampleDocuments.Introduction),
            // A breakfast holds no notes either: topics and the invitees' public profile fields only.
            DocumentKind.Breakfast => DocumentModel.FromBreakfast(SampleDocuments.Breakfast, SampleDocuments.ForTemplates.BreakfastInvitees),
            _ => throw new InvalidOperationException(templateName),
        };
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Private_notes_never_appear(string templateName)
    {
        var renderer = new TemplateRenderer();
        foreach (var attribution in new[] { Attribution.Attributed, Attribution.ChathamHouse })
        {
            var output = renderer.Render(templateName, ModelWithNotes(templateName, attribution), TestContext.Current.CancellationToken);
            Assert.NotEmpty(output);
            Assert.DoesNotContain("PRIVATE-7f3a", output);
            Assert.DoesNotContain(SampleDocuments.PrivateNoteText, output);
        }
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Chatham_house_mode_names_nobody(string templateName)
    {
        if (BuiltInTemplates.KindOf(templateName) is DocumentKind.Introduction or DocumentKind.Breakfast)
        {
            // An introduction is addressed to one member about another by name: it is never a record of
            // what was said, so the Chatham House mode does not apply. Its confidentiality is the do-not-pair list.
            // A breakfast invitation likewise names who is invited, and says nothing about what anyone said.
            var letter = new TemplateRenderer().Render(templateName, ModelWithNotes(templateName, Attribution.ChathamHouse), TestContext.Current.CancellationToken);
            Assert.DoesNotContain("zoe-confidential", letter, StringComparison.Ordinal);
            return;
        }

        var output = new TemplateRenderer().Render(templateName, ModelWithNotes(templateName, Attribution.ChathamHouse), TestContext.Current.CancellationToken);
        foreach (var name in _names)
        {
            Assert.DoesNotContain(name, output);
        }
    }

    [Theory]
    [InlineData(BuiltInTemplates.VisitPlan)]
    [InlineData(BuiltInTemplates.FollowUp)]
    [InlineData(BuiltInTemplates.Summary)]
    [InlineData(BuiltInTemplates.SummaryHtml)]
    public void Shareable_notes_do_appear_in_both_modes_with_authors_only_when_attributed(string templateName)
    {
        var renderer = new TemplateRenderer();
        var attributed = renderer.Render(templateName, ModelWithNotes(templateName, Attribution.Attributed), TestContext.Current.CancellationToken);
        var chatham = renderer.Render(templateName, ModelWithNotes(templateName, Attribution.ChathamHouse), TestContext.Current.CancellationToken);
        Assert.Contains(SharedMarker, attributed);
        Assert.Contains(SharedMarker, chatham);
        Assert.Contains("Dev Raman", attributed);
    }

    [Fact]
    public void Summary_keeps_action_items_but_drops_owners_under_chatham_house()
    {
        var renderer = new TemplateRenderer();
        var attributed = renderer.Render(BuiltInTemplates.Summary, DocumentModel.FromSession(SampleDocuments.Session, Attribution.Attributed), TestContext.Current.CancellationToken);
        var chatham = renderer.Render(BuiltInTemplates.Summary, DocumentModel.FromSession(SampleDocuments.Session, Attribution.ChathamHouse), TestContext.Current.CancellationToken);
        Assert.Contains("Pilot a repeat-incident review with the service desk (Ana Moreno), due 2027-01-15", attributed);
        Assert.Contains("Pilot a repeat-incident review with the service desk, due 2027-01-15", chatham);
        Assert.Contains("Chatham House Rule", chatham);
    }

    [Fact]
    public void An_override_that_dumps_every_note_still_sees_no_private_one()
    {
        // The model never holds private notes, so even a template written to leak them has nothing to print.
        var leaky = "{{ for n in session.notes }}{{ n.text }}|{{ end }}{{ session | object.to_json }}";
        var set = TemplateSet.BuiltIn.With(new TemplateSource(BuiltInTemplates.Summary, leaky, null));
        var output = new TemplateRenderer(set).Render(BuiltInTemplates.Summary, ModelWithNotes(BuiltInTemplates.Summary, Attribution.ChathamHouse), TestContext.Current.CancellationToken);
        Assert.Contains(SharedMarker, output);
        Assert.DoesNotContain("PRIVATE-7f3a", output);
        Assert.DoesNotContain("Ana Moreno", output);
        Assert.DoesNotContain("Dev Raman", output);
    }
}
