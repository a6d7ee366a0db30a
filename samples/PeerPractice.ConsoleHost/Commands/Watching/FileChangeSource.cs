using System.Threading.Channels;

namespace PeerPractice.ConsoleHost.Commands.Watching;

/// <summary>
/// Changes to a set of files and folders, from <see cref="FileSystemWatcher"/>s, debounced: a change
/// is reported once no further event has come for <c>quiet</c> (measured with the host's
/// <see cref="TimeProvider"/>, so tests can drive it). Editors save by writing, renaming or replacing a
/// file, so every kind of event counts.
/// </summary>
internal sealed class FileChangeSource : IChangeSource
{
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly TimeSpan _quiet;
    private readonly TimeProvider _time;

    /// <summary>Watches <paramref name="paths"/>: a folder for its <c>*.sbn</c> templates, a file by its name.</summary>
    public FileChangeSource(IEnumerable<WatchedPath> paths, TimeSpan quiet, TimeProvider time)
    {
        _quiet = quiet;
        _time = time;
        foreach (var path in paths)
        {
            var watcher = path.IsFolder
                ? new FileSystemWatcher(path.Path, "*" + Documents.TemplateSet.FileExtension)
                : new FileSystemWatcher(Path.GetDirectoryName(Path.GetFullPath(path.Path))!, Path.GetFileName(path.Path));
            watcher.NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime;
            watcher.Changed += (_, e) => Notify(e.FullPath);
            watcher.Created += (_, e) => Notify(e.FullPath);
            watcher.Deleted += (_, e) => Notify(e.FullPath);
            watcher.Renamed += (_, e) => Notify(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Records one file event (what the watchers call; tests call it directly).</summary>
    public void Notify(string path) => _events.Writer.TryWrite(path);

    public async ValueTask<string> NextAsync(CancellationToken cancellationToken)
    {
        var path = await _events.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (_events.Reader.TryRead(out var later))
            {
                path = later;
            }

            var quiet = Task.Delay(_quiet, _time, cancellationToken);
            var more = _events.Reader.WaitToReadAsync(cancellationToken).AsTask();
            if (await Task.WhenAny(quiet, more).ConfigureAwait(false) == quiet)
            {
                await quiet.ConfigureAwait(false); // throws when cancelled
                return path;
            }

            ObjectDisposedException.ThrowIf(!await more.ConfigureAwait(false), this);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _events.Writer.TryComplete();
    }
}

/// <summary>A folder of templates, or one data file.</summary>
internal sealed record WatchedPath(string Path, bool IsFolder);
