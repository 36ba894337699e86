"""clean.furniture: whole short lines of page furniture vs real news lines."""

from __future__ import annotations

import pytest

from eventwire.clean.furniture import furniture_patterns, furniture_reason


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Sign up to receive our latest news!", "newsletter"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Newsletter", "newsletter"),
        ("Enter your email address", "newsletter"),
        ("By submitting this form, I agree to the terms.", "consent"),
        ("By clicking Subscribe, you agree to our Privacy Policy.", "consent"),
        ("Privacy Policy | Terms of Use | Contact Us", "consent"),
        ("We use cookies to improve your experience on our site.", "cookie"),
        ("Accept all cookies", "cookie"),
        ("Share this article", "share"),
        ("Share on Facebook", "share"),
        ("Facebook Twitter WhatsApp Email", "share"),
        ("Follow us on Twitter for the latest updates", "social"),
        ("@AJEnglish", "social"),
        ("Twitter: @reuters | @ReutersWorld", "social"),
        ("Read more: Taliban seize border crossing with Pakistan", "related"),
        ("Related: UN envoy warns of famine in Gaza", "related"),
        ("Related Articles", "related"),
        ("Continue reading", "related"),
        ("Most read", "related"),
        ("Click here to download the full report", "navigation"),
        ("Skip to main content", "navigation"),
        ("Home | World | Politics | Business", "navigation"),
        ("Subscribe", "subscribe"),
        ("Subscribe to our YouTube channel", "subscribe"),
        ("Already a subscriber? Log in", "subscribe"),
        ("Advertisement", "advert"),
        ("- Advertisement -", "advert"),
        ("Story continues below advertisement", "advert"),
        ("Image source, Getty Images", "caption"),
        ("Photo: Reuters", "caption"),
        ("© 2024 Reuters. All rights reserved.", "copyright"),
        ("Copyright 2023 The Associated Press.", "copyright"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "copyright"),
        ("12 Comments", "comments"),
        ("You may also like...", "related"),
        ("DON'T MISS", "related"),
        ("Tags", "related"),
        ("Most read in World News", "related"),
        ("Thanks for signing up!", "newsletter"),
        ("Keep an eye on your inbox for the latest world news.", "newsletter"),
        ("Get the day's top headlines delivered to your inbox every morning.", "newsletter"),
        ("Follow The Straits Times on Google News for more updates.", "social"),
        ("Join our commenting forum", "comments"),
        ("Log in or create an account to continue", "subscribe"),
        ("[button link=\"/donate\"]Support our reporting[/button]", "shortcode"),
        ("|---|---|---|", "separator"),
        ("* * *", "separator"),
        ("Leave a comment", "comments"),
        ("Comments are closed.", "comments"),
        ("Page not found", "unavailable"),
        ("Sorry, the page you are looking for could not be found.", "unavailable"),
        ("404 Not Found", "unavailable"),
        ("Please enable JavaScript to view this content.", "unavailable"),
        ("This video is not available in your country.", "unavailable"),
        ("Access denied", "unavailable"),
        ("You have reached your monthly article limit.", "subscribe"),
        ("Have a tip? Ana Ruiz may be reached at aruiz@example.com. Follow her on Twitter @anaruiz.", "bio"),
        ("Are floods affecting your area? Get in touch at news@example.co.uk", "bio"),
        ("His book on the Sahel wars is out now. Follow him on Twitter @kofiwrites.", "bio"),
        ("For the latest news from across Africa, sign up for our newsletters .", "newsletter"),
        ("Stay informed with The Gazette, your source for credible journalism.", "subscribe"),
        ("Follow our full coverage of the Sudan war at https://example.com/sudan", "related"),
        ("Want more like this? Sign up for The Morning Desk, our free daily newsletter.", "newsletter"),
        ("- Africa File: Subscribe to our weekly newsletter to get it every Friday.", "newsletter"),
        ("Our newsletters bring you the day's big stories: sign up here.", "newsletter"),
        ("Tell us what YOU think...", "comments"),
        ("Sign up for breaking news, reviews, opinion and more.", "newsletter"),
        ("(Reporting by Amina Yusuf in Lagos; Editing by Peter Graff)", "byline"),
        ("Reporting by Ana Ruiz; additional reporting by Kofi Mensah and Li Wei; Editing by Tom Hale", "byline"),
        ("With reporting by Associated Press writer Omar Haddad", "byline"),
        ("- additional reporting by Sipho Dlamini", "byline"),
    ],
)
def test_furniture_lines_are_recognised(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Protesters urged residents to subscribe to the boycott of state media, organisers said.",
        "The newsletter, published by the defence ministry, said the drills would last a week.",
        "Copyright infringement cases rose sharply last year, the trade ministry said.",
        "By signing the accord, Ethiopia and Eritrea ended two decades of hostility.",
        "Read the statement carefully, the minister told reporters in Ankara.",
        "Share prices in Tokyo fell 3 percent after the central bank's announcement.",
        "Home to about 2 million people, the city has been under siege since March.",
        "Related talks in Doha are expected to resume next week, diplomats said.",
        "Comments by the foreign minister drew an angry response from Beijing.",
        "Advertising revenue at state broadcaster RTS fell by a third, the audit found.",
        "Subscribers to the state-run network lost access on Friday, the regulator said.",
        "Photo agencies were barred from the courtroom in Istanbul.",
        "",
        "Sign up " + "for the newsletter " * 15,  # too long to be furniture
        "Officials said the report was posted at https://www.who.int/news on Monday.",
        "Related charges were filed against two other officers, prosecutors said.",
        "Voters in Dakar must register by Friday to receive their cards in their inbox, officials said.",
        "| 2023 | 4.1% | 3.2% |",
        "https://www.who.int/news-room/fact-sheets/detail/cholera",  # a source the article cites
        "___",  # a wire story's own section marker
        "The page was not found by rescuers until Tuesday, police said.",
        "404 people were detained in the capital on Friday, the interior ministry said.",
        "You have reached the limit of our patience, the minister told the rebels.",
        "Access to the border crossing was denied to aid convoys, the UN said.",
        "The minister can be reached at his office only by appointment, aides said.",
        "Follow the money, the prosecutor told the jury in Lagos.",
        "Get in touch with your local council, the health ministry advised residents.",
        "More than 40,000 readers signed up for the newsletter in its first month, the company said.",
        "The newsletter's editor said subscribers would be told of the change by post.",
        "Tell us what happened, the judge told the witness.",
        "Reporting by the BBC found flaws in the inquiry.",
        "Reporting by Reuters and AFP showed the death toll rising in Gaza.",
        "Editing by hand slowed the count, election officials said.",
    ],
)
def test_furniture_news_sentences_are_kept(line):
    assert furniture_reason(line) is None


def test_furniture_table_loads_with_known_reasons():
    reasons = {reason for reason, _, _ in furniture_patterns()}
    expected = {"newsletter", "consent", "share", "cookie", "related", "subscribe", "advert",
                "navigation", "copyright", "comments", "shortcode", "separator", "unavailable", "bio"}
    assert expected <= reasons
    assert {reason for reason, _, opens in furniture_patterns() if opens} == {"related"}
