namespace PeerPractice.ConsoleHost.Commands.Watching;

/// <summary>
/// <c>render --watch</c>: renders once, then again after every change to the template folder or the
/// data file, until cancelled (Ctrl+C). A render with problems prints them and leaves the last good
/// document in place, and the loop waits for the fix; status lines go to standard error so that
/// standard output stays the document.
/// </summary>
internal static class RenderWatch
{
    /// <summary>How long the files must stay quiet before a burst of saves is rendered once.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    /// <summary>What the request renders from that can change: the template folder, an agenda or visit-plan file.</summary>
    public static IReadOnlyList<WatchedPath> PathsOf(RenderRequest request)
    {
        var paths = new List<WatchedPath>();
        if (request.TemplateFolder is { } folder && Directory.Exists(folder))
        {
            paths.Add(new WatchedPath(folder, IsFolder: true));
        }

        // A library agenda id is not a file and never changes.
        foreach (var file in new[] { request.Agenda, request.VisitPlan })
        {
            if (file is not null && File.Exists(file))
            {
                paths.Add(new WatchedPath(file, IsFolder: false));
            }
        }

        // Not the database of a --session: reading it (a checkpoint on close) would itself be a change.
        // Each render reads the session afresh, so a template save shows its latest notes.
        return paths;
    }

    /// <summary>Runs the loop; returns the exit code of the last render (0 written, 1 problems).</summary>
    public static async Task<int> RunAsync(HostContext context, RenderRequest request, IReadOnlyList<WatchedPath> paths, IChangeSource changes, CancellationToken cancellationToken)
    {
        var exit = RenderCommand.Render(context, request);
        if (exit == ExitCodes.Usage)
        {
            return exit; // a wrong name or option does not fix itself
        }

        context.Error.WriteLine($"Watching {string.Join(", ", paths.Select(p => p.Path))}; press Ctrl+C to stop.");
        while (!cancellationToken.IsCancellationRequested)
        {
            string changed;
            try
            {
                changed = await changes.NextAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            context.Error.WriteLine($"{changed} changed: rendering {request.TemplateName} again.");
            exit = RenderCommand.Render(context, request);
        }

        return exit;
    }
}
