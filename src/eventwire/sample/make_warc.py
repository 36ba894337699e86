"""Regenerate ``07_colombia_venezuela_border.warc.gz``: one crawled news page as a WARC file.

The file holds a warcinfo record, the HTTP request and the HTTP response (an invented story),
the way a crawler such as Heritrix or wget writes them, so the WARC reader is exercised on real
record structure. Record ids and dates are fixed so that running this script again rewrites the
same bytes. Run: ``python -m eventwire.sample.make_warc`` or ``python make_warc.py [OUT]``.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WARC_NAME = "07_colombia_venezuela_border.warc.gz"
URL = "https://www.andesdailyreport.com/en/2024/04/16/colombia-venezuela-border-talks-cucuta"
CRAWL_DATE = "2024-04-16T14:02:11Z"
RECORD_IDS = {
    "warcinfo": "<urn:uuid:6a1f2c1e-0b7d-4c55-9d3e-3f8e2b8f0a01>",
    "request": "<urn:uuid:6a1f2c1e-0b7d-4c55-9d3e-3f8e2b8f0a02>",
    "response": "<urn:uuid:6a1f2c1e-0b7d-4c55-9d3e-3f8e2b8f0a03>",
}

STORY_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Colombia and Venezuela agree to reopen border crossings after talks in Cúcuta | Andes Daily Report</title>
<meta name="author" content="Andrés Restrepo">
<meta property="og:title" content="Colombia and Venezuela agree to reopen border crossings after talks in Cúcuta">
<meta property="og:site_name" content="Andes Daily Report">
<meta property="article:published_time" content="2024-04-16T08:20:00-05:00">
</head>
<body>
<div class="cookies">We use cookies to improve your experience. <button>Accept</button></div>
<header><a href="/">Andes Daily Report</a>
<nav><a href="/en/colombia">Colombia</a> <a href="/en/venezuela">Venezuela</a> <a href="/en/economy">Economy</a></nav>
</header>
<main>
<article>
<h1>Colombia and Venezuela agree to reopen border crossings after talks in Cúcuta</h1>
<p class="byline">By Andrés Restrepo</p>
<time datetime="2024-04-16T08:20:00-05:00">April 16, 2024</time>
<p>The foreign ministers of Colombia and Venezuela met in the border city of Cúcuta on Monday, April 15, and signed an agreement to reopen two cargo crossings over the Táchira river that have been closed to lorries for most of the past year.</p>
<p>Colombian Foreign Minister Luis Fernando Ocampo and his Venezuelan counterpart, Carmen Elena Rivas, also agreed to set up a joint commission on smuggling and armed groups operating on both sides of the 2,200-kilometre frontier. The commission will hold its first meeting in San Cristóbal in May.</p>
<p>“This border should be a bridge, not a wall,” Ocampo said after the signing. Rivas said the reopening would “bring relief to thousands of families who live from trade,” and added: "We are ready to work with Bogotá on security, but without foreign interference."</p>
<p>Trade between the two countries could reach $1.2 billion this year if the crossings operate normally, according to the Colombian-Venezuelan Chamber of Commerce. Colombia's government has pledged 40 billion pesos to repair roads and customs buildings on its side of the border.</p>
<p>The talks were overshadowed by an attack on Saturday in the department of Arauca, where at least nine soldiers were killed when guerrillas of the National Liberation Army (ELN) detonated explosives next to an army convoy, as reported by El Tiempo. The army said six other soldiers were wounded.</p>
<p>Ocampo said Colombia expected Caracas to act against ELN camps on Venezuelan soil. Rivas did not respond directly, saying only that Venezuela “does not allow any armed group to use its territory.”</p>
<p>In Cúcuta, about 300 people protested outside the hotel where the ministers met, some demanding better pay for border porters and others carrying banners against what they called the “Caracas regime.” Police kept the groups apart and no injuries were reported.</p>
<p>Colombia has already withdrawn two army battalions from the Catatumbo region to reinforce Arauca, the defence ministry said on Sunday, drawing criticism from local mayors who fear a security vacuum.</p>
<p>Ocampo will visit Caracas next month to prepare a meeting between the two presidents, officials said. The ministers did not discuss the disputed elections in Venezuela, according to a Colombian diplomat who spoke on condition of anonymity.</p>
<p>Border residents were cautious. “We have heard these promises before,” said Yolanda Pérez, who sells coffee at the Simón Bolívar bridge. “I will believe it when the trucks are moving.”</p>
</article>
<section class="comments">
<h3>Comments</h3>
<div class="comment"><b>juanc_cucuta</b><p>Finally some good news for the border, although the trucks are still waiting.</p></div>
<div class="comment"><b>mari_ve</b><p>Reopening is welcome, but the smuggling gangs control the trails anyway.</p></div>
</section>
<aside><h2>Most read</h2><ul>
<li><a href="/en/2024/04/15/peso-rally">Colombian peso rallies on oil prices</a></li>
<li><a href="/en/2024/04/14/bogota-water-rationing">Bogotá extends water rationing</a></li>
</ul></aside>
</main>
<footer><p>Sign up for our newsletter. By submitting this form, you agree to our terms.</p>
<p>© 2024 Andes Daily Report. All rights reserved.</p></footer>
</body>
</html>
"""


def warc_info_record(writer: WARCWriter):
    """The warcinfo record that describes the (pretend) crawl."""
    fields = (
        "software: eventwire make_warc.py (warcio)\r\n"
        "format: WARC File Format 1.0\r\n"
        "description: eventwire demo sample; invented story\r\n"
    ).encode("utf-8")
    return writer.create_warc_record(
        "", "warcinfo", payload=BytesIO(fields), length=len(fields),
        warc_headers_dict={"WARC-Record-ID": RECORD_IDS["warcinfo"], "WARC-Date": CRAWL_DATE,
                           "WARC-Filename": WARC_NAME},
    )


def http_records(writer: WARCWriter) -> tuple:
    """The HTTP GET request and the 200 response carrying STORY_HTML."""
    body = STORY_HTML.encode("utf-8")
    response_headers = StatusAndHeaders("200 OK", [
        ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body))),
        ("Date", "Tue, 16 Apr 2024 14:02:11 GMT"), ("Server", "nginx")], protocol="HTTP/1.1")
    request_headers = StatusAndHeaders("GET /en/2024/04/16/colombia-venezuela-border-talks-cucuta HTTP/1.1", [
        ("Host", "www.andesdailyreport.com"), ("User-Agent", "eventwire-demo/0.1"),
        ("Accept", "text/html")], is_http_request=True)
    response = writer.create_warc_record(
        URL, "response", payload=BytesIO(body), length=len(body), http_headers=response_headers,
        warc_headers_dict={"WARC-Record-ID": RECORD_IDS["response"], "WARC-Date": CRAWL_DATE})
    request = writer.create_warc_record(
        URL, "request", http_headers=request_headers,
        warc_headers_dict={"WARC-Record-ID": RECORD_IDS["request"], "WARC-Date": CRAWL_DATE})
    return request, response


def write_warc(path: Path) -> Path:
    """Write the three records, gzipped per record as crawlers do, to ``path``."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(warc_info_record(writer))
        request, response = http_records(writer)
        writer.write_request_response_pair(request, response)
    return path


def main(argv: list[str]) -> None:
    """Write to the path given, or beside this script."""
    target = Path(argv[0]) if argv else Path(__file__).with_name(WARC_NAME)
    print(write_warc(target))


if __name__ == "__main__":
    main(sys.argv[1:])
