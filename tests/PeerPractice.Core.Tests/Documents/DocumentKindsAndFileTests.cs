using System.Text;
using PeerPractice.Documents;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// The kind names and descriptions template authors read (`template list`, the front-matter error),
/// and the one-step write of a rendered document.
/// </summary>
public sealed class DocumentKindsAndFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pp-docfile-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Every_kind_has_its_name_and_a_description_of_what_its_templates_see()
    {
        Assert.Equal(
            [
                "session: a finished session: agenda, session (shareable notes, action items)",
                "visit-plan: a site visit: plan",
                "visit-pair: a visit and its return visit: first, plan",
                "agenda: any agenda: agenda",
                "introduction: one side of an introduction: intro (the peer's public profile, the reasons they fit)",
                "breakfast: a breakfast of similar leaders: breakfast (topics, invitees)",
            ],
            DocumentKinds.Names.Select(n => n + ": " + DocumentKinds.Describe(DocumentKinds.Find(n)!.Value)));
        Assert.Equal(
            [DocumentKind.Session, DocumentKind.VisitPlan, DocumentKind.VisitPair, DocumentKind.Agenda, DocumentKind.Introduction, DocumentKind.Breakfast],
            DocumentKinds.Names.Select(n => DocumentKinds.Find(n)!.Value));
        Assert.Null(DocumentKinds.Find("Session"));
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentKinds.NameOf((DocumentKind)99));
    }

    [Fact]
    public void A_document_is_written_whole_without_a_byte_order_mark_into_a_new_folder_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder.FullName, "out", "visit-plan.md");
        DocumentFile.WriteAtomically(path, "# Visit\n\nÆble\n");
        Assert.Equal(Encoding.UTF8.GetBytes("# Visit\n\nÆble\n"), File.ReadAllBytes(path));
        DocumentFile.WriteAtomically(path, "second");
        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal(["visit-plan.md"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        Assert.Throws<ArgumentException>(() => DocumentFile.WriteAtomically("", "x"));
    }

    [Fact]
    public void A_failed_write_leaves_the_old_document_and_no_temporary_file()
    {
        var path = Path.Combine(_folder.FullName, "taken");
        Directory.CreateDirectory(path);
        Assert.ThrowsAny<Exception>(() => DocumentFile.WriteAtomically(path, "x"));
        Assert.True(Directory.Exists(path));
        Assert.Equal(["taken"], _folder.GetFileSystemInfos().Select(f => f.Name));
    }
}
