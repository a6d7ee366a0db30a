namespace PeerPractice.Package.Tests;

public class RepositoryLayoutTests
{
    [Fact]
    public void Solution_file_is_at_the_repository_root()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, "PeerPractice.Core.sln")));
    }
}
