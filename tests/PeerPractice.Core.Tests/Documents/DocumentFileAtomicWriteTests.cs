using PeerPractice.Documents;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>The one-step write: its temporary file is hidden beside the target, and a bad path is refused with a clear message.</summary>
public sealed class DocumentFileAtomicWriteTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pp-docatomic-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_temporary_file_is_hidden_beside_the_target_and_named_for_it()
    {
        var path = Path.Combine(_folder.FullName, "visit-plan.md");
        var created = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var watcher = new FileSystemWatcher(_folder.FullName);
        watcher.Created += (_, e) => created.Enqueue(e.Name ?? "");
        watcher.EnableRaisingEvents = true;
        DocumentFile.WriteAtomically(path, "x");

        // Events arrive on another thread; wait for the one the write caused (not a speed check).
        SpinWait.SpinUntil(() => !created.IsEmpty, TimeSpan.FromSeconds(10));
        var name = Assert.Single(created);
        Assert.Matches(@"^\.visit-plan\.md\.[0-9a-f]{32}\.tmp$", name);
        Assert.Equal(["visit-plan.md"], _folder.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void An_empty_or_null_path_is_refused_by_name()
    {
        var empty = Assert.Throws<ArgumentException>(() => DocumentFile.WriteAtomically("", "x"));
        Assert.Equal("The value cannot be an empty string. (Parameter 'path')", empty.Message);
        var none = Assert.Throws<ArgumentNullException>(() => DocumentFile.WriteAtomically(null!, "x"));
        Assert.Equal("path", none.ParamName);
        Assert.Empty(_folder.GetFileSystemInfos());
    }
}
