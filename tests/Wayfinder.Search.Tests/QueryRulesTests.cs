namespace Wayfinder.Search.Tests;

public sealed class QueryRulesTests
{
    [Theory]
    [InlineData(null, QueryProblem.Empty)]
    [InlineData("", QueryProblem.Empty)]
    [InlineData("   \t\n", QueryProblem.Empty)]
    [InlineData("a", QueryProblem.TooShort)]
    [InlineData("  é  ", QueryProblem.TooShort)]
    [InlineData("\U0001F600", QueryProblem.TooShort)]
    [InlineData("nausea\0", QueryProblem.Binary)]
    [InlineData("nausea\u0007", QueryProblem.Binary)]
    [InlineData("nausea\uFFFD", QueryProblem.Binary)]
    [InlineData("nausea\uD800", QueryProblem.Binary)]
    [InlineData("\uDC00nausea", QueryProblem.Binary)]
    [InlineData("ab", QueryProblem.None)]
    [InlineData("pain\tand\nnausea", QueryProblem.None)]
    [InlineData("douleur \U0001F600", QueryProblem.None)]
    public void Each_kind_of_bad_input_is_named(string? text, QueryProblem expected)
    {
        Assert.Equal(expected, SearchQueryRules.Check(text));
    }

    [Fact]
    public void Two_hundred_characters_are_allowed_and_one_more_is_too_long()
    {
        Assert.Equal(QueryProblem.None, SearchQueryRules.Check(new string('a', SearchQueryRules.MaxLength)));
        Assert.Equal(QueryProblem.TooLong, SearchQueryRules.Check(new string('a', SearchQueryRules.MaxLength + 1)));
    }
}
