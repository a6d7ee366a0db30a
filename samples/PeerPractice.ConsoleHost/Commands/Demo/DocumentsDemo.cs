using PeerPractice.Agendas;
using PeerPractice.Calendar;
using PeerPractice.Documents;
using PeerPractice.Samples;

namespace PeerPractice.ConsoleHost.Commands.Demo;

/// <summary>
/// The documents part of the demo: a visit plan, an agenda handout, a session summary and the next
/// meeting's invitation, written to a folder under the system temp directory (so that a demo run
/// never litters the current directory), and where they went.
/// </summary>
internal static class DocumentsDemo
{
    public static string DefaultFolder => Path.Combine(Path.GetTempPath(), "peerpractice-demo");

    public static int Run(HostContext context, string? folder = null)
    {
        folder ??= DefaultFolder;
        var renderer = new TemplateRenderer(TemplateSet.BuiltIn, RenderLimits.Default, context.Time);
        var organizer = new CalendarPerson("Ana Moreno", "ana@northwind.example");
        var invitation = Invitations.ForNextMeeting(
            SampleDocuments.Session,
            SampleDocuments.VisitPlan.TimeZoneId,
            organizer,
            [new CalendarPerson("Dev Raman", "dev@contoso.example")],
            "peerpractice.example");

        (string File, string Content)[] documents =
        [
            ("visit-plan.md", renderer.Render(BuiltInTemplates.VisitPlan, DocumentModel.FromVisitPlan(SampleDocuments.VisitPlan, Attribution.Attributed))),
            ("handout.html", renderer.Render(BuiltInTemplates.HandoutHtml, DocumentModel.FromAgenda(AgendaLibrary.Get(AgendaLibrary.SiteVisitDay)))),
            ("summary.md", renderer.Render(BuiltInTemplates.Summary, DocumentModel.FromSession(SampleDocuments.Session, Attribution.ChathamHouse))),
            ("next-meeting.ics", InvitationWriter.Write(invitation, context.Time)),
        ];

        context.Out.WriteLine();
        context.Out.WriteLine("Documents (visit plan, site-visit-day handout, Chatham House summary, monthly invitation):");
        foreach (var (file, content) in documents)
        {
            var path = Path.Combine(folder, file);
            DocumentFile.WriteAtomically(path, content);
            context.Out.WriteLine("  " + path);
        }

        return ExitCodes.Success;
    }
}
