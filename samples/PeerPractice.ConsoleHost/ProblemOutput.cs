namespace PeerPractice.ConsoleHost;

/// <summary>
/// How the host prints problems of every kind (agendas, topic catalogs, profiles, policies,
/// templates): one per line in the compiler's format, <c>file(line,col): error ID: message [$.path]</c>,
/// so editors and CI can jump to them.
/// </summary>
internal static class ProblemOutput
{
    /// <summary>Writes every problem and counts them.</summary>
    /// <returns>How many were errors and how many warnings.</returns>
    public static (int Errors, int Warnings) Write(TextWriter writer, IEnumerable<Problem> problems)
    {
        int errors = 0, warnings = 0;
        foreach (var problem in problems)
        {
            writer.WriteLine(problem.ToString());
            if (problem.IsError)
            {
                errors++;
            }
            else
            {
                warnings++;
            }
        }

        return (errors, warnings);
    }
}
