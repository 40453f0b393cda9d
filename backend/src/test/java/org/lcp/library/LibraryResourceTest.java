package org.lcp.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * The resource library (issue 16, point 2) and a community's usage report (point 4), against the
 * real database: a member uploads a tool, another finds it by tag and by text and downloads the
 * same bytes, and the download shows on the usage report (JSON and CSV); size limits (413) and
 * content checks (415); who may do what (401, 403, 404 for another community's member); If-Match;
 * link URLs refused naming the field; the call archive's links as library items.
 */
@QuarkusTest
class LibraryResourceTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  final Person admin = Person.admin();
  Person lead;
  String community;
  Person author;
  Person reader;
  Person stranger;
  String otherCommunity;

  @BeforeEach
  void world() {
    lead = Fixtures.signIn(Person.faculty());
    community = Fixtures.collaborative(lead, "LEARNING_COMMUNITY");
    Fixtures.advance(lead, community, "ANNOUNCED");
    author = join(lead, community);
    reader = join(lead, community);
    Person otherLead = Fixtures.signIn(Person.faculty());
    otherCommunity = Fixtures.collaborative(otherLead, "LEARNING_COMMUNITY");
    Fixtures.advance(otherLead, otherCommunity, "ANNOUNCED");
    stranger = join(otherLead, otherCommunity);
  }

  /** A new person who asked to join and was approved: an ACTIVE member. */
  static Person join(Person steward, String communityId) {
    Person p = Fixtures.signIn(Person.member());
    String base = "/api/collaboratives/" + communityId + "/community-members";
    var created = Api.as(p).body(Map.of()).post(base + "/join-requests").then().statusCode(201);
    String id = created.extract().path("id");
    String etag = created.extract().header("ETag");
    Api.as(steward)
        .header("If-Match", etag)
        .post(base + "/{id}/approval", id)
        .then()
        .statusCode(200);
    return p;
  }

  /**
   * A multipart upload: the contract validator cannot read a multipart body (it reports "a request
   * body is required but none found"), so only the answer is validated.
   */
  static RequestSpecification multipart(Person p) {
    return Api.badInput(p).contentType("multipart/form-data");
  }

  String files() {
    return "/api/collaboratives/" + community + "/library/files";
  }

  ExtractableResponse<Response> upload(
      Person p, String name, String type, byte[] bytes, String title, String tags) {
    return multipart(p)
        .multiPart("file", name, bytes, type)
        .multiPart("title", title)
        .multiPart("description", "A tool for " + title)
        .multiPart("tags", tags)
        .multiPart("audience", "MEMBERS")
        .post(files())
        .then()
        .extract();
  }

  // ---- the scenario -----------------------------------------------------------------------------

  @Test
  void aMemberUploadsAnotherFindsItByTagAndTextDownloadsItAndTheUsageReportCountsIt() {
    var created =
        upload(
            author,
            "screen-tool.pdf",
            "application/pdf",
            PDF,
            "Screening tool",
            "Screening, intake");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/library/items/" + id);
    assertThat(created.header("ETag")).isNotBlank();
    assertThat(created.<List<String>>path("tags")).containsExactly("screening", "intake");
    assertThat(created.<String>path("file.fileName")).isEqualTo("screen-tool.pdf");
    assertThat(created.<String>path("file.contentType")).isEqualTo("application/pdf");
    assertThat(created.<Integer>path("file.sizeBytes")).isEqualTo(PDF.length);
    assertThat(created.<Boolean>path("mayEdit")).isTrue();
    upload(author, "notes.txt", "text/plain", "plain notes".getBytes(), "Meeting notes", "notes");

    String list = "/api/collaboratives/" + community + "/library";
    Api.as(reader)
        .queryParam("tag", "screening")
        .get(list)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(id))
        .body("items[0].mayEdit", equalTo(false));
    Api.as(reader)
        .queryParam("tag", "screening")
        .queryParam("tag", "notes")
        .get(list)
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    Api.as(reader)
        .queryParam("q", "SCREENING tool")
        .get(list)
        .then()
        .body("items.id", equalTo(List.of(id)));
    Api.as(reader).queryParam("q", "meeting").get(list).then().body("items.id", not(hasItem(id)));
    Api.as(reader)
        .get(list)
        .then()
        .body("total", equalTo(2))
        .body("items[0].title", equalTo("Meeting notes")); // newest first
    Api.as(reader).queryParam("kind", "LINK").get(list).then().body("total", equalTo(0));
    Api.as(reader)
        .queryParam("collaborativeId", community)
        .get("/api/library/tags")
        .then()
        .statusCode(200)
        .body("items.tag", hasItem("screening"));

    byte[] bytes =
        Api.as(reader)
            .get("/api/library/items/{id}/download", id)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header("Content-Disposition", containsString("filename=\"screen-tool.pdf\""))
            .extract()
            .asByteArray();
    assertThat(bytes).isEqualTo(PDF);
    Api.as(reader).get("/api/library/items/{id}/download", id).then().statusCode(200);
    Api.as(reader)
        .get("/api/library/items/{id}", id)
        .then()
        .statusCode(200)
        .body("downloads", equalTo(2))
        .body("opens", equalTo(0));

    String month = YearMonth.now(ZoneOffset.UTC).toString();
    String usage = "/api/collaboratives/" + community + "/community-usage";
    var report =
        Api.as(lead)
            .queryParam("from", month)
            .queryParam("to", month)
            .get(usage)
            .then()
            .statusCode(200)
            .extract();
    assertThat(report.<Integer>path("months[0].downloads")).isEqualTo(2);
    assertThat(report.<Integer>path("months[0].itemsAdded")).isEqualTo(2);
    assertThat(report.<Integer>path("months[0].membersActive")).isEqualTo(2);
    assertThat(report.<Integer>path("months[0].joined")).isEqualTo(2);
    assertThat(report.<Integer>path("totals.downloads")).isEqualTo(2);
    String csv =
        Api.as(lead)
            .queryParam("from", month)
            .queryParam("to", month)
            .get(usage + "/export")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .header("Content-Disposition", containsString("community-usage-"))
            .extract()
            .asString();
    assertThat(csv.split("\r\n"))
        .containsExactly(
            "month,membersActive,organizationsActive,joined,left,callsHeld,callAttendance,"
                + "itemsAdded,downloads,opens",
            month + ",2,0,2,0,0,0,2,2,0", // both joined for no organisation
            "total,2,0,2,0,0,0,2,2,0");
    // a member who is no steward: 403; a member of another community: 404
    Api.as(reader).get(usage).then().statusCode(403);
    Api.as(stranger).get(usage).then().statusCode(404);
    Api.as(stranger).get(usage + "/export").then().statusCode(404);
    Api.badInput(lead)
        .queryParam("from", "2020-01")
        .get(usage)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("to"));
  }

  // ---- who may ----------------------------------------------------------------------------------

  @Test
  void aMemberOfAnotherCommunitySeesNothingOfItAndAnonymousIsRefused() {
    String id =
        upload(author, "a.pdf", "application/pdf", PDF, "Private tool", "screening").path("id");
    String list = "/api/collaboratives/" + community + "/library";
    Api.as(stranger).get(list).then().statusCode(404);
    Api.as(stranger).get("/api/library/items/{id}", id).then().statusCode(404);
    Api.as(stranger).get("/api/library/items/{id}/download", id).then().statusCode(404);
    Api.as(stranger).get("/api/library/items/{id}/versions", id).then().statusCode(404);
    Api.as(stranger)
        .queryParam("collaborativeId", community)
        .get("/api/library/tags")
        .then()
        .statusCode(404);
    Api.as(stranger).get("/api/library").then().statusCode(200).body("items.id", not(hasItem(id)));
    var refused = upload(stranger, "b.pdf", "application/pdf", PDF, "Intruder", "x");
    assertThat(refused.statusCode()).isEqualTo(404);
    Api.as(stranger)
        .body(Map.of("title", "x", "audience", "MEMBERS", "url", "https://example.org"))
        .post("/api/collaboratives/{c}/library/links", community)
        .then()
        .statusCode(404);
    Api.anonymous().get(list).then().statusCode(401);
    Api.anonymous().get("/api/library/items/{id}/download", id).then().statusCode(401);
    // nothing counted for the refused downloads
    assertThat(
            Db.count(
                "select coalesce(sum(downloads), 0) from library_usage where item_id = '"
                    + id
                    + "'"))
        .isZero();

    // another member reads, does not change (403); the author and the stewards do
    String etag = Fixtures.etag(reader, "/api/library/items/" + id);
    Api.as(reader)
        .header("If-Match", etag)
        .body(Map.of("title", "Mine now", "audience", "MEMBERS"))
        .put("/api/library/items/{id}", id)
        .then()
        .statusCode(403);
    Api.as(lead)
        .header("If-Match", "\"999\"")
        .body(Map.of("title", "Renamed", "audience", "MEMBERS"))
        .put("/api/library/items/{id}", id)
        .then()
        .statusCode(412);
    Api.as(lead)
        .body(Map.of("title", "Renamed", "audience", "MEMBERS"))
        .put("/api/library/items/{id}", id)
        .then()
        .statusCode(428);
    String renamed =
        Api.as(author)
            .header("If-Match", etag)
            .body(
                Map.of(
                    "title", "Renamed", "audience", "MEMBERS", "tags", List.of("Screening", "PHQ")))
            .put("/api/library/items/{id}", id)
            .then()
            .statusCode(200)
            .body("title", equalTo("Renamed"))
            .body("tags", equalTo(List.of("screening", "phq")))
            .extract()
            .header("ETag");
    Api.as(lead)
        .header("If-Match", renamed)
        .delete("/api/library/items/{id}", id)
        .then()
        .statusCode(204);
    Api.as(author).get("/api/library/items/{id}", id).then().statusCode(404);
    Api.as(author)
        .get("/api/collaboratives/" + community + "/library")
        .then()
        .body("items.id", not(hasItem(id)));
  }

  @Test
  void theNetworkLibraryIsForAdminsToFillAndEveryoneToRead() {
    var created =
        multipart(admin)
            .multiPart("file", "guide.pdf", PDF, "application/pdf")
            .multiPart("title", "Network guide")
            .multiPart("tags", "guide")
            .multiPart("tags", "national")
            .multiPart("audience", "NETWORK")
            .post("/api/library/files")
            .then()
            .statusCode(201)
            .body("tags", equalTo(List.of("guide", "national")))
            .extract();
    String id = created.path("id");
    Api.as(stranger).get("/api/library").then().statusCode(200).body("items.id", hasItem(id));
    Api.as(stranger).get("/api/library/items/{id}/download", id).then().statusCode(200);
    multipart(lead)
        .multiPart("file", "x.pdf", PDF, "application/pdf")
        .multiPart("title", "Not mine to add")
        .multiPart("audience", "NETWORK")
        .post("/api/library/files")
        .then()
        .statusCode(403);
    Api.as(lead)
        .body(Map.of("title", "x", "audience", "NETWORK", "url", "https://example.org"))
        .post("/api/library/links")
        .then()
        .statusCode(403);
    // a community's NETWORK item reaches everybody through the network library
    String shared =
        Api.as(author)
            .body(
                Map.of(
                    "title",
                    "Shared widely",
                    "audience",
                    "NETWORK",
                    "url",
                    "https://example.org/shared"))
            .post("/api/collaboratives/{c}/library/links", community)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(stranger)
        .get("/api/library")
        .then()
        .body("items.id", hasItem(shared))
        .body("items.find { it.id == '" + shared + "' }.collaborativeId", equalTo(community));
    Api.as(stranger)
        .queryParam("network", true)
        .get("/api/library")
        .then()
        .body("items.id", not(hasItem(shared)));
  }

  // ---- links ------------------------------------------------------------------------------------

  @Test
  void aLinkIsOpenedAndCountedAndItsUrlMustBeHttp() {
    String links = "/api/collaboratives/" + community + "/library/links";
    for (String bad :
        List.of("javascript:alert(1)", "ftp://example.org/x", "not a url", "https://")) {
      Api.as(author)
          .body(Map.of("title", "Bad", "audience", "MEMBERS", "url", bad))
          .post(links)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", equalTo("url"));
    }
    String id =
        Api.as(author)
            .body(
                Map.of(
                    "title",
                    "Toolkit",
                    "audience",
                    "MEMBERS",
                    "url",
                    "https://example.org/toolkit",
                    "tags",
                    List.of("screening")))
            .post(links)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(reader)
        .post("/api/library/items/{id}/opens", id)
        .then()
        .statusCode(200)
        .body("url", equalTo("https://example.org/toolkit"));
    Api.as(reader).get("/api/library/items/{id}", id).then().body("opens", equalTo(1));
    Api.as(reader).get("/api/library/items/{id}/download", id).then().statusCode(409);
    Api.as(lead)
        .get("/api/collaboratives/{c}/community-usage", community)
        .then()
        .statusCode(200)
        .body("totals.opens", equalTo(1));
    // TEAM needs an organisation of the caller's
    Api.as(author)
        .body(Map.of("title", "Team only", "audience", "TEAM", "url", "https://example.org/t"))
        .post(links)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("organizationId"));
  }

  // ---- limits -----------------------------------------------------------------------------------

  @Test
  void aFileOverTheLimitIs413AndNothingIsKept() {
    long blobs = Db.count("select count(*) from library_blob");
    byte[] big = new byte[1024 * 1024 + 10]; // the test profile takes 1 MiB
    Arrays.fill(big, (byte) 'a');
    var r = upload(author, "big.txt", "text/plain", big, "Too big", "x");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(413);
    assertThat(r.contentType()).contains("application/problem+json");
    // over the whole form's limit too: refused before it is read
    byte[] huge = new byte[1024 * 1024 + 128 * 1024];
    Arrays.fill(huge, (byte) 'a');
    var r2 = upload(author, "huge.txt", "text/plain", huge, "Much too big", "x");
    assertThat(r2.statusCode()).isEqualTo(413);
    assertThat(Db.count("select count(*) from library_blob")).isEqualTo(blobs);
    Api.as(reader)
        .get("/api/collaboratives/" + community + "/library")
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void aDisallowedTypeOrAMismatchingFileIs415() {
    var exe =
        upload(
            author,
            "tool.exe",
            "application/x-msdownload",
            "MZ\u0090\u0000".getBytes(),
            "Program",
            "x");
    assertThat(exe.statusCode()).isEqualTo(415);
    assertThat(exe.<String>path("detail")).contains("application/x-msdownload");
    var fake =
        upload(author, "fake.pdf", "application/pdf", "MZ not a pdf".getBytes(), "Fake", "x");
    assertThat(fake.statusCode()).isEqualTo(415);
    assertThat(fake.<String>path("detail")).contains("not application/pdf");
    Api.as(reader)
        .get("/api/collaboratives/" + community + "/library")
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void aNewVersionBecomesTheCurrentOneAndEarlierOnesStayDownloadable() {
    var created = upload(author, "v1.txt", "text/plain", "first".getBytes(), "Versioned", "x");
    String id = created.path("id");
    multipart(author)
        .multiPart("file", "v2.txt", "second".getBytes(), "text/plain")
        .multiPart("note", "fixed a typo")
        .post("/api/library/items/{id}/versions", id)
        .then()
        .statusCode(428);
    var v2 =
        multipart(author)
            .header("If-Match", created.header("ETag"))
            .multiPart("file", "v2.txt", "second".getBytes(), "text/plain")
            .multiPart("note", "fixed a typo")
            .post("/api/library/items/{id}/versions", id)
            .then()
            .statusCode(201)
            .body("file.number", equalTo(2))
            .body("file.fileName", equalTo("v2.txt"))
            .extract();
    assertThat(v2.header("ETag")).isNotEqualTo(created.header("ETag"));
    Api.as(reader)
        .get("/api/library/items/{id}/versions", id)
        .then()
        .statusCode(200)
        .body("items.number", equalTo(List.of(2, 1)))
        .body("items[0].note", equalTo("fixed a typo"));
    assertThat(Api.as(reader).get("/api/library/items/{id}/download", id).asString())
        .isEqualTo("second");
    assertThat(
            Api.as(reader)
                .queryParam("version", 1)
                .get("/api/library/items/{id}/download", id)
                .asString())
        .isEqualTo("first");
    Api.as(reader)
        .queryParam("version", 7)
        .get("/api/library/items/{id}/download", id)
        .then()
        .statusCode(404);
    multipart(reader)
        .header("If-Match", v2.header("ETag"))
        .multiPart("file", "v3.txt", "third".getBytes(), "text/plain")
        .post("/api/library/items/{id}/versions", id)
        .then()
        .statusCode(403);
  }

  // ---- the call archive -------------------------------------------------------------------------

  @Test
  void aCallsRecordingAndSlidesBecomeLibraryLinksOnceEach() {
    // a call of the community led by its lead, started an hour ago
    String call =
        Db.text(
            "insert into scheduled_call (id, collaborative_id, kind, topic, local_start, time_zone, starts_at, ends_at,"
                + " duration_minutes, facilitator_user_id, audience, mode, join_url, state, created_at, updated_at)"
                + " select gen_random_uuid(), '"
                + community
                + "', 'CONSULTATION', 'Monthly call',"
                + " (now() - interval '1 hour') at time zone 'UTC', 'UTC', now() - interval '1 hour', now(), 60,"
                + " (select id from app_user where email = '"
                + lead.email()
                + "'), 'COLLABORATIVE', 'VIDEO',"
                + " 'https://video.example.org/c', 'SCHEDULED', now(), now() returning id");
    String etag = Fixtures.etag(lead, "/api/calls/" + call);
    String archived =
        Api.as(lead)
            .header("If-Match", etag)
            .body(
                Map.of(
                    "topicsCovered",
                    List.of("Screening"),
                    "recordingUrl",
                    "https://video.example.org/rec1",
                    "slidesUrl",
                    "https://slides.example.org/s"))
            .put("/api/calls/{id}/archive", call)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Api.as(reader)
        .queryParam("tag", "recording")
        .get("/api/collaboratives/{c}/library", community)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].url", equalTo("https://video.example.org/rec1"))
        .body("items[0].callId", equalTo(call))
        .body("items[0].audience", equalTo("MEMBERS"))
        .body("items[0].title", containsString("Monthly call"));
    // archived again with another recording and no slides: updated, not duplicated; slides gone
    Api.as(lead)
        .header("If-Match", archived)
        .body(
            Map.of(
                "topicsCovered",
                List.of("Screening"),
                "recordingUrl",
                "https://video.example.org/rec2"))
        .put("/api/calls/{id}/archive", call)
        .then()
        .statusCode(200);
    Api.as(reader)
        .get("/api/collaboratives/{c}/library", community)
        .then()
        .body("total", equalTo(1))
        .body("items[0].url", equalTo("https://video.example.org/rec2"));
    assertThat(Db.count("select count(*) from library_item where call_id = '" + call + "'"))
        .isEqualTo(2);
    Api.as(lead)
        .get("/api/collaboratives/{c}/community-usage", community)
        .then()
        .body("totals.callsHeld", equalTo(1));
  }

  /** A webinar was open to the network: its recording and slides are for the network too. */
  @Test
  void aWebinarsRecordingAndSlidesAreForTheWholeNetwork() {
    String webinar =
        Db.text(
            "insert into scheduled_call (id, collaborative_id, kind, topic, local_start, time_zone, starts_at, ends_at,"
                + " duration_minutes, facilitator_user_id, audience, mode, join_url, state, capacity, created_at,"
                + " updated_at) select gen_random_uuid(), '"
                + community
                + "', 'WEBINAR', 'Open webinar',"
                + " (now() - interval '1 hour') at time zone 'UTC', 'UTC', now() - interval '1 hour', now(), 60,"
                + " (select id from app_user where email = '"
                + lead.email()
                + "'), 'COLLABORATIVE', 'VIDEO',"
                + " 'https://video.example.org/w', 'SCHEDULED', 50, now(), now() returning id");
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/calls/" + webinar))
        .body(
            Map.of(
                "topicsCovered",
                List.of("Screening"),
                "recordingUrl",
                "https://video.example.org/webinar-rec",
                "slidesUrl",
                "https://slides.example.org/webinar"))
        .put("/api/calls/{id}/archive", webinar)
        .then()
        .statusCode(200);
    Api.as(reader)
        .get("/api/collaboratives/{c}/library", community)
        .then()
        .statusCode(200)
        .body(
            "items.findAll { it.callId == '" + webinar + "' }.audience",
            equalTo(List.of("NETWORK", "NETWORK")));
    // a member of another community finds the recording in the network-wide library
    Api.as(stranger)
        .queryParam("tag", "recording")
        .get("/api/library")
        .then()
        .statusCode(200)
        .body("items.url", hasItem("https://video.example.org/webinar-rec"));
    // a consultation call's recording stays with the members
    String call =
        Db.text(
            "insert into scheduled_call (id, collaborative_id, kind, topic, local_start, time_zone, starts_at, ends_at,"
                + " duration_minutes, facilitator_user_id, audience, mode, join_url, state, created_at, updated_at)"
                + " select gen_random_uuid(), '"
                + community
                + "', 'CONSULTATION', 'Members call',"
                + " (now() - interval '1 hour') at time zone 'UTC', 'UTC', now() - interval '1 hour', now(), 60,"
                + " (select id from app_user where email = '"
                + lead.email()
                + "'), 'COLLABORATIVE', 'VIDEO',"
                + " 'https://video.example.org/c', 'SCHEDULED', now(), now() returning id");
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/calls/" + call))
        .body(
            Map.of(
                "topicsCovered",
                List.of("Screening"),
                "recordingUrl",
                "https://video.example.org/m"))
        .put("/api/calls/{id}/archive", call)
        .then()
        .statusCode(200);
    Api.as(stranger)
        .queryParam("tag", "recording")
        .get("/api/library")
        .then()
        .statusCode(200)
        .body("items.url", not(hasItem("https://video.example.org/m")));
    assertThat(
            Db.text(
                "select audience from library_item where call_id = '"
                    + call
                    + "' and deleted_at is null"))
        .isEqualTo("MEMBERS");
  }

  @Test
  void theUsageReportIsForCommunitiesOnly() {
    String collaborative = Fixtures.collaborative(lead, "LEARNING_COLLABORATIVE");
    Api.as(lead)
        .get("/api/collaboratives/{c}/community-usage", collaborative)
        .then()
        .statusCode(404);
    assertThat(notNullValue()).isNotNull();
  }
}
