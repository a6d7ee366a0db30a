using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching;

public class TopicVocabularyTests
{
    [Theory]
    [InlineData("business-alignment")]
    [InlineData("it-profit-centre")]
    [InlineData("workforce-talent")]
    [InlineData("roi-measurement")]
    [InlineData("ai-integration")]
    public void Default_vocabulary_has_the_seed_topics(string id) => Assert.True(TopicVocabulary.Default.TryGetBit(id, out _));

    [Fact]
    public void More_than_64_topics_are_refused()
    {
        var topics = Enumerable.Range(0, 65).Select(i => new Topic("t" + i, "T" + i));
        Assert.Throws<ArgumentException>(() => new TopicVocabulary(topics));
    }

    [Fact]
    public void Duplicate_ids_are_refused() =>
        Assert.Throws<ArgumentException>(() => new TopicVocabulary([new Topic("a", "A"), new Topic("A", "A again")]));

    [Fact]
    public void Masks_and_labels_round_trip()
    {
        var v = TopicVocabulary.Default;
        var mask = v.MaskOf(["mobile", "security"]);
        Assert.Equal(["Mobile technology and enterprise access", "Security"], v.LabelsOf(mask));
        Assert.Throws<ArgumentException>(() => v.MaskOf(["no-such-topic"]));
    }
}
