using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using PeerPractice.ConsoleHost.Commands;
using PeerPractice.ConsoleHost.Commands.Watching;
using PeerPractice.Documents;

namespace PeerPractice.ConsoleHost.Tests.Documents;

/// <summary>Issue 18, item 2: <c>render --watch</c> renders again after each change, and keeps the last good document while a template is broken.</summary>
public sealed class RenderWatchTests : IDisposable
{
    private static readonly TimeSpan _guard = TimeSpan.FromSeconds(60); // a hang guard, not a timing assertion
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-watch-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private HostContext Context => new(_out, _error, new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task Each_change_renders_again_and_a_broken_template_keeps_the_last_good_document()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_folder, "templates")).FullName;
        var template = Path.Combine(templates, "one-pager.md.sbn");
        File.WriteAllText(template, "---\nkind: agenda\n---\nFirst: {{ agenda.title }}");
        var target = Path.Combine(_folder, "one-pager.md");
        var request = new RenderRequest("one-pager.md", target, templates, Attribution.Attributed, "peer-brainstorm", null, null) { Watch = true };
        using var changes = new ScriptedChanges();
        using var stop = new CancellationTokenSource();

        var loop = RenderWatch.RunAsync(Context, request, RenderWatch.PathsOf(request), changes, stop.Token);

        await changes.WaitingAsync();
        Assert.Equal("First: Monthly peer brainstorm", File.ReadAllText(target));

        File.WriteAllText(template, "---\nkind: agenda\n---\nSecond: {{ agenda.title }}");
        await changes.ChangeAsync(template);
        Assert.Equal("Second: Monthly peer brainstorm", File.ReadAllText(target));

        File.WriteAllText(template, "---\nkind: agenda\n---\nThird: {{ if }}");
        await changes.ChangeAsync(template);
        Assert.Contains("one-pager.md.sbn(4,", _error.ToString());
        Assert.Contains("error PPD003", _error.ToString());
        Assert.Equal("Second: Monthly peer brainstorm", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_folder));

        File.WriteAllText(template, "---\nkind: agenda\n---\nFourth: {{ agenda.title }}");
        await changes.ChangeAsync(template);
        Assert.Equal("Fourth: Monthly peer brainstorm", File.ReadAllText(target));

        await stop.CancelAsync();
        Assert.Equal(0, await loop.WaitAsync(_guard, TestContext.Current.CancellationToken));
        Assert.Equal(4, changes.Calls);
        Assert.Contains($"{template} changed: rendering one-pager.md again.", _error.ToString());
    }

    [Fact]
    public void Watch_without_a_file_to_watch_is_a_usage_error()
    {
        Assert.Equal(2, HostApp.Run(["render", "handout.md", "--watch"], Context));
        Assert.Contains("--watch needs something that can change", _error.ToString());
        Assert.Equal(2, HostApp.Run(["render", "handout.md", "--agenda", "peer-brainstorm", "--watch"], Context));
    }

    [Fact]
    public void Watched_paths_are_the_template_folder_and_data_files_but_not_library_agendas()
    {
        var plan = Path.Combine(_folder, "a.visit-plan.json");
        File.WriteAllText(plan, "{}");
        var request = new RenderRequest("x.md", null, _folder, Attribution.Attributed, "peer-brainstorm", null, null) { VisitPlan = plan };

        Assert.Equal([new WatchedPath(_folder, IsFolder: true), new WatchedPath(plan, IsFolder: false)], RenderWatch.PathsOf(request));
    }

    [Fact]
    public async Task A_burst_of_events_is_one_change_once_the_files_are_quiet()
    {
        var time = new FakeTimeProvider();
        using var source = new FileChangeSource([], TimeSpan.FromMilliseconds(200), time);
        source.Notify("a");
        source.Notify("b");

        var next = source.NextAsync(TestContext.Current.CancellationToken).AsTask();
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(199));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal("b", await next.WaitAsync(_guard, TestContext.Current.CancellationToken));
        Assert.False(source.NextAsync(TestContext.Current.CancellationToken).AsTask().IsCompleted);
    }

    [Fact]
    public async Task The_file_watcher_reports_a_saved_template()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_folder, "watched")).FullName;
        using var source = new FileChangeSource([new WatchedPath(templates, IsFolder: true)], TimeSpan.FromMilliseconds(20), TimeProvider.System);
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(_guard);

        var next = source.NextAsync(guard.Token).AsTask();
        var template = Path.Combine(templates, "note.md.sbn");
        await File.WriteAllTextAsync(template, "x", guard.Token);

        Assert.Equal(template, await next);
    }

    /// <summary>Changes a test hands over one at a time; each wait for the next change means the previous render is done.</summary>
    private sealed class ScriptedChanges : IChangeSource
    {
        private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
        private readonly SemaphoreSlim _waiting = new(0);

        public int Calls { get; private set; }

        public ValueTask<string> NextAsync(CancellationToken cancellationToken)
        {
            Calls++;
            _waiting.Release();
            return _changes.Reader.ReadAsync(cancellationToken);
        }

        public Task WaitingAsync() => _waiting.WaitAsync(_guard, TestContext.Current.CancellationToken).ContinueWith(t => Assert.True(t.Result, "the watch loop never asked for the next change"), TaskScheduler.Default);

        public async Task ChangeAsync(string path)
        {
            _changes.Writer.TryWrite(path);
            await WaitingAsync();
        }

        public void Dispose() => _waiting.Dispose();
    }
}
