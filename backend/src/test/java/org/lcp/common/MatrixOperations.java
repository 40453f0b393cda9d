package org.lcp.common;

import static org.lcp.common.MatrixWorld.Spec.ACTIVE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.lcp.common.MatrixWorld.Spec;
import org.lcp.common.MatrixWorld.Stage;

/**
 * For every operation of the contract: the world it needs and a valid request in that world, so
 * that an authorised caller gets the operation's real success status. Path parameters are given by
 * name; a write that needs {@code If-Match} names the GET whose ETag it sends.
 */
final class MatrixOperations {

  /** Stands for the caller's own calendar link token in a feed's path. */
  static final Object OWN_FEED_TOKEN =
      new Object() {
        @Override
        public String toString() {
          return "<the caller's feed token>";
        }
      };

  /** A request, relative to the operation's method and path in the contract. */
  static final class Request {
    final Map<String, Object> path = new LinkedHashMap<>();
    final Map<String, Object> query = new LinkedHashMap<>();
    Object body;
    String contentType;
    String etagFrom;
    String etagPath;
    String ifMatch;

    /** The parts of a multipart/form-data body: a name to a text, or to a {@link FilePart}. */
    Map<String, Object> multipart;

    /** Sends a multipart/form-data body with these parts (only the answer is validated). */
    Request multipart(Object... kv) {
      multipart = new LinkedHashMap<>();
      for (int i = 0; i < kv.length; i += 2) {
        multipart.put((String) kv[i], kv[i + 1]);
      }
      return this;
    }

    Request path(String name, Object value) {
      path.put(name, value);
      return this;
    }

    Request query(String name, Object value) {
      query.put(name, value);
      return this;
    }

    Request body(Object b) {
      body = b;
      return this;
    }

    Request body(String type, String b) {
      contentType = type;
      body = b;
      return this;
    }

    /** Sends in If-Match the ETag of this GET (made as the world's admin). */
    Request ifMatch(String getPath) {
      etagFrom = getPath;
      return this;
    }

    /** Sends this If-Match as it is ("*": whatever the caller's own resource is now). */
    Request ifMatchValue(String value) {
      ifMatch = value;
      return this;
    }

    /** Sends in If-Match a value read from the body of this GET, at this GPath. */
    Request ifMatch(String getPath, String bodyPath) {
      etagFrom = getPath;
      etagPath = bodyPath;
      return this;
    }
  }

  /** A file part of a multipart body. */
  record FilePart(String fileName, String contentType, byte[] bytes) {}

  static final FilePart PDF =
      new FilePart(
          "tool.pdf",
          "application/pdf",
          "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

  record Op(String operationId, Spec world, Function<MatrixWorld, Request> request) {}

  private static final Map<String, Op> OPS = new LinkedHashMap<>();

  /**
   * Operations that exist only in Keycloak (a secret, a platform role). The ordinary test profile
   * runs with identity administration off, so an authorised caller's valid request answers 409
   * {@code /problems/identity-admin-off} here instead of the contract's success, which the
   * Keycloak-tagged tests (IdentityAdminKeycloakTest) get from the real Keycloak.
   */
  static final java.util.Set<String> NEED_IDENTITY_ADMIN =
      java.util.Set.of("rotateMachineClientSecret", "grantPlatformRole", "revokePlatformRole");

  private MatrixOperations() {}

  static Map<String, Op> all() {
    return OPS;
  }

  private static void op(String id, Spec world, Function<MatrixWorld, Request> request) {
    if (OPS.put(id, new Op(id, world, request)) != null) {
      throw new IllegalStateException("two request builders for " + id);
    }
  }

  private static Request req() {
    return new Request();
  }

  /** A change of one row of the world's learning community, with its current ETag. */
  private static Request communityRow(MatrixWorld w, UUID row) {
    String path = "/api/collaboratives/" + w.collaborative + "/community-members/" + row;
    return req().path("collaborativeId", w.collaborative).path("memberId", row).ifMatch(path);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  // ---- what the worlds look like for each feature -----------------------------------------------

  static final Spec APPLYING = ACTIVE.phase("APPLICATIONS_OPEN").application(Stage.NONE);
  static final Spec DRAFTING = ACTIVE.phase("APPLICATIONS_OPEN").application(Stage.DRAFT);
  static final Spec SUBMITTED = ACTIVE.phase("APPLICATIONS_OPEN").application(Stage.SUBMITTED);
  static final Spec REVIEWING = ACTIVE.phase("REVIEW").application(Stage.UNDER_REVIEW);
  static final Spec ANNOUNCED = ACTIVE.phase("ANNOUNCED").application(Stage.NONE);
  static final Spec JUST_ACCEPTED = ACTIVE.phase("REVIEW").application(Stage.JUST_ACCEPTED);
  static final Spec COMMUNITY = ACTIVE.asCommunity();

  static {
    // ---- learning communities: member's own row, the colleague's request, otherMember's
    // invitation
    // ---- announcements: the world's learning community has one (w.announcement)
    op(
        "listCollaborativeAnnouncements",
        COMMUNITY,
        w -> req().path("collaborativeId", w.collaborative));
    op(
        "publishCollaborativeAnnouncement",
        COMMUNITY,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(map("title", "Call moved", "body", "The call moves to Thursday.")));
    op("listNetworkAnnouncements", COMMUNITY, w -> req());
    op(
        "publishNetworkAnnouncement",
        COMMUNITY,
        w -> req().body(map("title", "Network news", "body", "A new webinar series.")));
    op("getAnnouncement", COMMUNITY, w -> req().path("announcementId", w.announcement));
    op(
        "updateAnnouncement",
        COMMUNITY,
        w ->
            req()
                .path("announcementId", w.announcement)
                .ifMatch("/api/announcements/" + w.announcement)
                .body(map("title", "Our next call (moved)")));
    op(
        "deleteAnnouncement",
        COMMUNITY,
        w ->
            req()
                .path("announcementId", w.announcement)
                .ifMatch("/api/announcements/" + w.announcement));

    op("listCommunityMembers", COMMUNITY, w -> req().path("collaborativeId", w.collaborative));

    // ---- the resource library and a community's usage report (the world community's library)
    op("listLibraryItems", COMMUNITY, w -> req().path("collaborativeId", w.collaborative));
    op("listNetworkLibraryItems", COMMUNITY, w -> req());
    op(
        "listLibraryTags",
        COMMUNITY,
        w -> req().query("collaborativeId", w.collaborative.toString()));
    op(
        "createLibraryLink",
        COMMUNITY,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "title",
                        "Toolkit",
                        "audience",
                        "MEMBERS",
                        "url",
                        "https://example.org/t",
                        "tags",
                        List.of("screening"))));
    op(
        "createNetworkLibraryLink",
        COMMUNITY,
        w ->
            req()
                .body(
                    map(
                        "title",
                        "Network toolkit",
                        "audience",
                        "NETWORK",
                        "url",
                        "https://example.org/n")));
    op(
        "uploadLibraryFile",
        COMMUNITY,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .multipart(
                    "file", PDF, "title", "Tool", "audience", "MEMBERS", "tags", "screening"));
    op(
        "uploadNetworkLibraryFile",
        COMMUNITY,
        w -> req().multipart("file", PDF, "title", "Network tool", "audience", "NETWORK"));
    op("getLibraryItem", COMMUNITY, w -> req().path("itemId", w.libraryFile));
    op(
        "updateLibraryItem",
        COMMUNITY,
        w ->
            req()
                .path("itemId", w.libraryFile)
                .ifMatch("/api/library/items/" + w.libraryFile)
                .body(map("title", "Renamed", "audience", "MEMBERS")));
    op(
        "deleteLibraryItem",
        COMMUNITY,
        w -> req().path("itemId", w.libraryFile).ifMatch("/api/library/items/" + w.libraryFile));
    op("listLibraryItemVersions", COMMUNITY, w -> req().path("itemId", w.libraryFile));
    op(
        "addLibraryItemVersion",
        COMMUNITY,
        w ->
            req()
                .path("itemId", w.libraryFile)
                .ifMatch("/api/library/items/" + w.libraryFile)
                .multipart("file", PDF, "note", "second"));
    op("downloadLibraryItem", COMMUNITY, w -> req().path("itemId", w.libraryFile));
    op("openLibraryLink", COMMUNITY, w -> req().path("itemId", w.libraryLink));
    op("getCommunityUsage", COMMUNITY, w -> req().path("collaborativeId", w.collaborative));
    op("exportCommunityUsage", COMMUNITY, w -> req().path("collaborativeId", w.collaborative));
    op(
        "requestToJoinCommunity",
        COMMUNITY,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(map("region", "South", "message", "May I join?", "visible", true)));
    op(
        "inviteToCommunity",
        COMMUNITY,
        w -> req().path("collaborativeId", w.collaborative).body(map("userId", w.outsiderId)));
    op(
        "getCommunityMember",
        COMMUNITY,
        w -> req().path("collaborativeId", w.collaborative).path("memberId", w.memberRow));
    op("getMyCommunityMembership", COMMUNITY, w -> req().path("collaborativeId", w.collaborative));
    op("endCommunityMembership", COMMUNITY, w -> communityRow(w, w.memberRow));
    op("approveCommunityMember", COMMUNITY, w -> communityRow(w, w.colleagueRequest));
    op("declineCommunityMember", COMMUNITY, w -> communityRow(w, w.colleagueRequest));
    op("acceptCommunityInvitation", COMMUNITY, w -> communityRow(w, w.otherInvitation));
    op(
        "updateCommunityVisibility",
        COMMUNITY,
        w -> communityRow(w, w.memberRow).body(map("visible", false, "region", "East")));
    op("assignCommunityFacilitator", COMMUNITY, w -> communityRow(w, w.memberRow));
    op("unassignCommunityFacilitator", COMMUNITY, w -> communityRow(w, w.memberRow));

    // ---- the caller ----
    op("getMe", ACTIVE, w -> req());
    op("getMyHome", ACTIVE, w -> req());

    // ---- organisations: the owning organisation ----
    op("listOrganizations", ACTIVE, w -> req());
    op("createOrganization", ACTIVE, w -> req().body(map("name", unique("New org"))));
    op("getOrganization", ACTIVE, w -> req().path("organizationId", w.org));
    op(
        "updateOrganization",
        ACTIVE,
        w ->
            req()
                .path("organizationId", w.org)
                .body(map("name", w.orgName + " renamed", "city", "Springfield"))
                .ifMatch("/api/organizations/" + w.org));
    op(
        "setDataContact",
        ACTIVE,
        w ->
            req()
                .path("organizationId", w.org)
                .body(map("memberId", w.memberMembership))
                .ifMatch("/api/organizations/" + w.org));
    op("listMembers", ACTIVE, w -> req().path("organizationId", w.org));
    op(
        "inviteMember",
        ACTIVE,
        w ->
            req()
                .path("organizationId", w.org)
                .body(
                    map(
                        "email",
                        unique("invited") + "@test.example.org",
                        "name",
                        "Ivy Invited",
                        "role",
                        "CLINICIAN")));
    op(
        "getMember",
        ACTIVE,
        w -> req().path("organizationId", w.org).path("memberId", w.colleagueMembership));
    op(
        "updateMember",
        ACTIVE,
        w ->
            req()
                .path("organizationId", w.org)
                .path("memberId", w.colleagueMembership)
                .body(map("role", "SUPERVISOR"))
                .ifMatch("/api/organizations/" + w.org + "/members/" + w.colleagueMembership));
    op(
        "removeMember",
        ACTIVE,
        w -> req().path("organizationId", w.org).path("memberId", w.colleagueMembership));
    op(
        "resendInvitation",
        ACTIVE,
        w -> req().path("organizationId", w.org).path("memberId", w.colleagueMembership));
    op("listMachineClients", ACTIVE, w -> req().path("organizationId", w.org));
    op(
        "rotateMachineClientSecret",
        ACTIVE,
        w -> req().path("organizationId", w.org).path("machineClientId", w.dataSystem));
    op(
        "registerMachineClient",
        ACTIVE,
        w ->
            req()
                .path("organizationId", w.org)
                .body(map("clientId", unique("new-data-system"), "name", "New data system")));
    op(
        "getMachineClient",
        ACTIVE,
        w -> req().path("organizationId", w.org).path("machineClientId", w.dataSystem));
    op(
        "updateMachineClient",
        ACTIVE,
        w ->
            req()
                .path("organizationId", w.org)
                .path("machineClientId", w.dataSystem)
                .body(map("name", "Renamed data system", "enabled", true))
                .ifMatch("/api/organizations/" + w.org + "/machine-clients/" + w.dataSystem));

    // ---- collaboratives, phases, faculty, learning sessions, readiness items ----
    op("listCollaboratives", ACTIVE, w -> req());
    op(
        "createCollaborative",
        ACTIVE,
        w ->
            req()
                .body(
                    map(
                        "title",
                        unique("New collaborative"),
                        "practice",
                        "TF-CBT",
                        "kind",
                        "LEARNING_COLLABORATIVE")));
    op("getCollaborative", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op(
        "updateCollaborative",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "title",
                        "World renamed " + w.suffix,
                        "practice",
                        "TF-CBT",
                        "kind",
                        "LEARNING_COLLABORATIVE",
                        "minClinicians",
                        2,
                        "applicationsOpenAt",
                        w.applicationsOpenAt.toString(),
                        "applicationsCloseAt",
                        w.applicationsCloseAt.toString(),
                        "startDate",
                        w.startDate.toString(),
                        "endDate",
                        w.endDate.toString()))
                .ifMatch("/api/collaboratives/" + w.collaborative));
    op("listPhaseTransitions", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    // ACTIVE -> SUSTAINING, one step forward. In the CLOSED world the same request moves back,
    // which
    // only admins may do (with a reason): see AccessMatrixTest on phase transitions.
    op(
        "transitionPhase",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(map("to", "SUSTAINING"))
                .ifMatch("/api/collaboratives/" + w.collaborative));
    op("getCollaborativeSetup", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op("listFaculty", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op(
        "assignFaculty",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map("email", unique("new-faculty") + "@test.example.org", "name", "Nia New")));
    op(
        "getFacultyAssignment",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).path("userId", w.facultyId));
    op(
        "updateFacultyAssignment",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("userId", w.facultyId)
                .body(map("lead", true))
                .ifMatch("/api/collaboratives/" + w.collaborative + "/faculty/" + w.facultyId));
    op(
        "unassignFaculty",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).path("userId", w.facultyId));
    op("listLearningSessions", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op(
        "createLearningSession",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "number",
                        4,
                        "title",
                        "Learning Session 4",
                        "startDate",
                        w.today.plusDays(150).toString(),
                        "endDate",
                        w.today.plusDays(151).toString(),
                        "timeZone",
                        "UTC",
                        "mode",
                        "VIRTUAL",
                        "joinUrl",
                        "https://video.example.org/ls4")));
    op(
        "getLearningSession",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).path("sessionId", w.session2));
    op(
        "updateLearningSession",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("sessionId", w.session2)
                .body(
                    map(
                        "number",
                        2,
                        "title",
                        "Learning Session 2 (moved)",
                        "startDate",
                        w.today.plusDays(40).toString(),
                        "endDate",
                        w.today.plusDays(41).toString(),
                        "timeZone",
                        "UTC",
                        "mode",
                        "VIRTUAL",
                        "joinUrl",
                        "https://video.example.org/ls2"))
                .ifMatch(
                    "/api/collaboratives/" + w.collaborative + "/learning-sessions/" + w.session2));
    // no application commits to a session in this world, so nothing keeps it
    op(
        "deleteLearningSession",
        ACTIVE.application(Stage.NONE),
        w -> req().path("collaborativeId", w.collaborative).path("sessionId", w.session3));
    op("getReadinessItems", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op(
        "replaceReadinessItems",
        ANNOUNCED,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "items",
                        List.of(
                            map(
                                "key",
                                "leadership-support",
                                "text",
                                "Leaders support the practice"),
                            map(
                                "key",
                                "trauma-screening",
                                "text",
                                "Children are screened for trauma"))))
                .ifMatch("/api/collaboratives/" + w.collaborative + "/readiness-items"));

    // ---- applications: the owning organisation's ----
    op("listApplications", ACTIVE, w -> req());
    op(
        "createApplication",
        APPLYING,
        w -> req().body(map("collaborativeId", w.collaborative, "organizationId", w.org)));
    op("getApplication", ACTIVE, w -> req().path("applicationId", w.application));
    op(
        "saveReadiness",
        DRAFTING,
        w ->
            req()
                .path("applicationId", w.application)
                .body(
                    map(
                        "ratings",
                        MatrixWorld.READINESS_KEYS.stream()
                            .map(k -> map("itemKey", k, "rating", 3))
                            .toList()))
                .ifMatch("/api/applications/" + w.application));
    op(
        "saveCommitment",
        DRAFTING,
        w ->
            req()
                .path("applicationId", w.application)
                .body(
                    map(
                        "agreed",
                        true,
                        "signerName",
                        "Rita Rivers",
                        "signerTitle",
                        "CEO",
                        "signedOn",
                        w.today.toString(),
                        "dataContactName",
                        "Dana Data",
                        "dataContactEmail",
                        "dana@example.org"))
                .ifMatch("/api/applications/" + w.application));
    op(
        "saveCoreTeam",
        DRAFTING,
        w ->
            req()
                .path("applicationId", w.application)
                .body(
                    map(
                        "members",
                        List.of(
                            map(
                                "role",
                                "SENIOR_LEADER",
                                "name",
                                "Rita Rivers",
                                "email",
                                "rita@example.org"),
                            map(
                                "role",
                                "SUPERVISOR",
                                "name",
                                "Sam Super",
                                "email",
                                "sam@example.org"),
                            map(
                                "role",
                                "CLINICIAN",
                                "name",
                                "Carl Clark",
                                "email",
                                "carl@example.org"),
                            map(
                                "role",
                                "CLINICIAN",
                                "name",
                                "Cleo Clinic",
                                "email",
                                "cleo@example.org",
                                "fte",
                                0.5))))
                .ifMatch("/api/applications/" + w.application));
    op(
        "saveSessionCommitments",
        DRAFTING,
        w ->
            req()
                .path("applicationId", w.application)
                .body(
                    map(
                        "sessions",
                        List.of(w.session1, w.session2, w.session3).stream()
                            .map(s -> map("learningSessionId", s, "commits", true))
                            .toList()))
                .ifMatch("/api/applications/" + w.application));
    op(
        "submitApplication",
        DRAFTING,
        w ->
            req()
                .path("applicationId", w.application)
                .ifMatch("/api/applications/" + w.application));
    op(
        "withdrawApplication",
        SUBMITTED,
        w ->
            req()
                .path("applicationId", w.application)
                .ifMatch("/api/applications/" + w.application));
    op(
        "returnApplication",
        REVIEWING,
        w ->
            req()
                .path("applicationId", w.application)
                .body(map("message", "Please name a second clinician"))
                .ifMatch("/api/applications/" + w.application));
    op(
        "decideApplication",
        REVIEWING,
        w ->
            req()
                .path("applicationId", w.application)
                .body(map("decision", "ACCEPTED", "message", "Welcome"))
                .ifMatch("/api/applications/" + w.application));
    // ---- a decision just made: undone, or reversed with a reason; the waitlist and ranking ----
    op(
        "undoDecision",
        JUST_ACCEPTED,
        w ->
            req()
                .path("applicationId", w.application)
                .ifMatch("/api/applications/" + w.application));
    op(
        "reverseDecision",
        JUST_ACCEPTED,
        w ->
            req()
                .path("applicationId", w.application)
                .body(map("reason", "Accepted by mistake"))
                .ifMatch("/api/applications/" + w.application));
    op("getWaitlist", REVIEWING, w -> req().path("collaborativeId", w.collaborative));
    op(
        "reorderWaitlist",
        REVIEWING,
        w -> req().path("collaborativeId", w.collaborative).body(map("applicationIds", List.of())));
    op("getApplicationRanking", REVIEWING, w -> req().path("collaborativeId", w.collaborative));

    // ---- reviews of that application; the faculty member is its reviewer ----
    op("listReviews", REVIEWING, w -> req().path("applicationId", w.application));
    op(
        "assignReviewer",
        REVIEWING,
        w -> req().path("applicationId", w.application).body(map("userId", w.leadId)));
    op(
        "getReview",
        REVIEWING,
        w -> req().path("applicationId", w.application).path("reviewerId", w.facultyId));
    op(
        "submitReview",
        REVIEWING,
        w ->
            req()
                .path("applicationId", w.application)
                .path("reviewerId", w.facultyId)
                .body(
                    map(
                        "scores",
                        map("readiness", 4, "commitment", 5, "coreTeam", 4, "attendance", 5),
                        "comment",
                        "A strong team",
                        "recommendation",
                        "ACCEPT"))
                .ifMatch("/api/applications/" + w.application + "/reviews/" + w.facultyId));
    op(
        "recuse",
        REVIEWING,
        w ->
            req()
                .path("applicationId", w.application)
                .path("reviewerId", w.facultyId)
                .body(map("reason", "I used to work there")));

    // ---- teams: the owning organisation's ----
    op("listTeams", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op("getTeam", ACTIVE, w -> req().path("teamId", w.team));
    op(
        "addRosterMember",
        ACTIVE,
        w ->
            req()
                .path("teamId", w.team)
                .body(
                    map(
                        "role",
                        "CLINICIAN",
                        "name",
                        "Nora New",
                        "email",
                        "nora@example.org",
                        "fte",
                        0.5,
                        "startDate",
                        w.today.toString())));
    op(
        "recordDeparture",
        ACTIVE,
        w ->
            req()
                .path("teamId", w.team)
                .path("rosterMemberId", w.secondClinician)
                .body(map("endDate", w.today.toString())));

    // ---- notifications: the member's ----
    op("listMyNotifications", ACTIVE, w -> req());
    op(
        "markNotificationRead",
        ACTIVE,
        w -> req().path("notificationId", w.notifications.get("member")));
    op("markAllNotificationsRead", ACTIVE, w -> req());
    op("getMyNotificationPreferences", ACTIVE, w -> req());
    op(
        "updateMyNotificationPreferences",
        ACTIVE,
        // each caller's own settings: "*" stands for their current ETag
        w ->
            req()
                .ifMatchValue("*")
                .body(
                    map(
                        "preferences",
                        List.of(map("topic", "metrics", "delivery", "WEEKLY_DIGEST")))));
    // the unsubscribe links take no bearer token: every caller uses the member's link
    op("getUnsubscribe", ACTIVE, w -> req().path("unsubscribeToken", unsubscribeToken(w)));
    op(
        "unsubscribe",
        ACTIVE,
        w ->
            req()
                .path("unsubscribeToken", unsubscribeToken(w))
                .body("application/x-www-form-urlencoded", "List-Unsubscribe=One-Click"));
    op("listFailedMails", ACTIVE, w -> req());

    // ---- metrics: reads name the owning organisation where they can ----
    op("listMeasures", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op(
        "createMeasure",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "key",
                        "treated",
                        "name",
                        "Children treated",
                        "type",
                        "COUNT",
                        "direction",
                        "INCREASE")));
    op(
        "getMeasure",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).path("measureId", w.measure));
    op(
        "updateMeasure",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("measureId", w.measure)
                .body(
                    map(
                        "key",
                        w.measureKey,
                        "name",
                        "Children screened for trauma",
                        "type",
                        "COUNT",
                        "direction",
                        "INCREASE",
                        "target",
                        20))
                .ifMatch("/api/collaboratives/" + w.collaborative + "/measures/" + w.measure));
    // the CSV form: the contract types the JSON form as a binary body (it is streamed), which the
    // validator cannot check as an array; who may upload is the same for both
    op(
        "importMetricValues",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    "text/csv",
                    "organizationId,measureKey,period,value\r\n"
                        + w.org
                        + ","
                        + w.measureKey
                        + ","
                        + w.lastMonth
                        + ",7\r\n"));
    op(
        "listMetricValues",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).query("organizationId", w.org));
    op(
        "listPeriodUnlocks",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).query("organizationId", w.org));
    op(
        "unlockPeriod",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "organizationId",
                        w.org,
                        "period",
                        w.lockedMonth,
                        "until",
                        w.today.plusDays(7).toString(),
                        "reason",
                        "Their data system was down")));
    op(
        "getRunChart",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).path("measureId", w.measure));
    op("getCollaborativeReport", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op(
        "exportRunChart",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).path("measureId", w.measure));
    op(
        "exportMetricValues",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).query("organizationId", w.org));
    op(
        "getMetricCompleteness",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).query("organizationId", w.org));
    op(
        "listOverdueMetrics",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).query("organizationId", w.org));
    op(
        "remindOverdueTeams",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "organizationIds",
                        List.of(w.org),
                        "message",
                        "Please send last month's values")));
    op("getMetricReminderSettings", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op(
        "updateMetricReminderSettings",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "enabled",
                        true,
                        "daysBeforeDue",
                        4,
                        "seniorLeaderAfterDays",
                        7,
                        "leadFacultyAfterDays",
                        21,
                        "daysBeforeLock",
                        2))
                .ifMatch("/api/collaboratives/" + w.collaborative + "/metric-reminder-settings"));
    op(
        "listTeamRunCharts",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).query("organizationId", w.org));

    // ---- improvement work of the owning team: change ideas, PDSA cycles, annotations, comments
    op(
        "listChangeIdeas",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).query("organizationId", w.org));
    op(
        "createChangeIdea",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "organizationId",
                        w.org,
                        "title",
                        "Reminder calls",
                        "measureIds",
                        List.of(w.measure))));
    op(
        "getChangeIdea",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).path("changeIdeaId", w.changeIdea));
    op(
        "updateChangeIdea",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("changeIdeaId", w.changeIdea)
                .body(map("organizationId", w.org, "title", "Screen everyone", "status", "ADOPTED"))
                .ifMatch(
                    "/api/collaboratives/" + w.collaborative + "/change-ideas/" + w.changeIdea));
    op(
        "listPdsaCycles",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).path("changeIdeaId", w.changeIdea));
    op(
        "createPdsaCycle",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("changeIdeaId", w.changeIdea)
                .body(map("title", "Tuesdays too", "startDate", w.today.toString())));
    op(
        "getPdsaCycle",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("changeIdeaId", w.changeIdea)
                .path("cycleId", w.pdsaCycle));
    op(
        "updatePdsaCycle",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("changeIdeaId", w.changeIdea)
                .path("cycleId", w.pdsaCycle)
                .body(
                    map(
                        "title",
                        "Mondays first",
                        "startDate",
                        w.today.minusDays(40).toString(),
                        "endDate",
                        w.today.minusDays(10).toString(),
                        "outcome",
                        "ADOPT"))
                .ifMatch(
                    "/api/collaboratives/"
                        + w.collaborative
                        + "/change-ideas/"
                        + w.changeIdea
                        + "/pdsa-cycles/"
                        + w.pdsaCycle));
    op(
        "listChartAnnotations",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).query("organizationId", w.org));
    op(
        "createChartAnnotation",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "organizationId",
                        w.org,
                        "measureId",
                        w.measure,
                        "period",
                        w.lastMonth,
                        "kind",
                        "EVENT",
                        "text",
                        "Two clinicians left")));
    op(
        "getChartAnnotation",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).path("annotationId", w.annotation));
    op(
        "updateChartAnnotation",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("annotationId", w.annotation)
                .body(
                    map(
                        "organizationId",
                        w.org,
                        "measureId",
                        w.measure,
                        "period",
                        w.lastMonth,
                        "kind",
                        "CHANGE",
                        "text",
                        "Screening began at intake"))
                .ifMatch(
                    "/api/collaboratives/"
                        + w.collaborative
                        + "/chart-annotations/"
                        + w.annotation));
    op(
        "deleteChartAnnotation",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("annotationId", w.annotation)
                .ifMatch(
                    "/api/collaboratives/"
                        + w.collaborative
                        + "/chart-annotations/"
                        + w.annotation));
    op(
        "listChartComments",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).query("organizationId", w.org));
    op(
        "createChartComment",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "organizationId",
                        w.org,
                        "measureId",
                        w.measure,
                        "period",
                        w.lastMonth,
                        "body",
                        "What changed last month?")));

    // ---- attendance at learning session 1 (held a month ago), of the owning team ----
    op(
        "getSessionAttendance",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("sessionId", w.session1)
                .query("teamId", w.team));
    op(
        "recordSessionAttendance",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("sessionId", w.session1)
                .body(
                    map(
                        "records",
                        List.of(w.seniorLeader, w.supervisor, w.clinician, w.secondClinician)
                            .stream()
                            .map(m -> map("rosterMemberId", m, "status", "PRESENT"))
                            .toList()))
                .ifMatch(
                    "/api/collaboratives/"
                        + w.collaborative
                        + "/learning-sessions/"
                        + w.session1
                        + "/attendance"));
    // the first recording of a member needs no If-Match
    op(
        "recordMemberAttendance",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("sessionId", w.session1)
                .path("rosterMemberId", w.seniorLeader)
                .body(map("status", "PARTIAL", "note", "left at noon")));
    op(
        "listAttendanceHistory",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .path("sessionId", w.session1)
                .path("rosterMemberId", w.seniorLeader));
    op("getTeamAttendanceReport", ACTIVE, w -> req().path("teamId", w.team));
    op(
        "getCollaborativeAttendanceReport",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative));

    // ---- calls: the owning team's, and the informational call ----
    op("listCalls", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op(
        "createCall",
        ACTIVE,
        w -> req().path("collaborativeId", w.collaborative).body(teamCall(w, "2040-01-10T15:00")));
    op(
        "createCallSeries",
        ACTIVE,
        w ->
            req()
                .path("collaborativeId", w.collaborative)
                .body(
                    map(
                        "topic",
                        "Team consultation",
                        "weekday",
                        "MONDAY",
                        "startTime",
                        "12:00",
                        "timeZone",
                        "UTC",
                        "startDate",
                        w.today.plusDays(7).toString(),
                        "intervalWeeks",
                        2,
                        "count",
                        3,
                        "durationMinutes",
                        60,
                        "facilitatorUserId",
                        w.leadId,
                        "audience",
                        "TEAM",
                        "teamId",
                        w.team,
                        "mode",
                        "VIDEO",
                        "joinUrl",
                        "https://video.example.org/series")));
    op("searchCallArchive", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op("getCallSeries", ACTIVE, w -> req().path("seriesId", w.teamSeries));
    op(
        "changeCallSeries",
        ACTIVE,
        w ->
            req()
                .path("seriesId", w.teamSeries)
                .body(
                    map(
                        "fromCallId",
                        w.firstSeriesCall,
                        "topic",
                        "Team consultation (new slot)",
                        "weekday",
                        w.firstSeriesStart.getDayOfWeek().toString(),
                        "startTime",
                        "16:00",
                        "timeZone",
                        "UTC",
                        "intervalWeeks",
                        1,
                        "count",
                        2,
                        "durationMinutes",
                        45,
                        "facilitatorUserId",
                        w.leadId,
                        "audience",
                        "TEAM",
                        "teamId",
                        w.team,
                        "mode",
                        "VIDEO",
                        "joinUrl",
                        "https://video.example.org/team"))
                .ifMatch("/api/call-series/" + w.teamSeries));
    op(
        "cancelCallSeries",
        ACTIVE,
        w ->
            req()
                .path("seriesId", w.teamSeries)
                .body(map("reason", "The team meets in person now"))
                .ifMatch("/api/call-series/" + w.teamSeries));
    op("getCall", ACTIVE, w -> req().path("callId", w.futureTeamCall));
    op(
        "updateCall",
        ACTIVE,
        w ->
            req()
                .path("callId", w.futureTeamCall)
                .body(teamCall(w, "2040-01-11T15:00"))
                .ifMatch("/api/calls/" + w.futureTeamCall));
    op(
        "cancelCall",
        ACTIVE,
        w ->
            req()
                .path("callId", w.futureTeamCall)
                .body(map("reason", "Holiday"))
                .ifMatch("/api/calls/" + w.futureTeamCall));
    op(
        "saveCallArchive",
        ACTIVE,
        w ->
            req()
                .path("callId", w.pastTeamCall)
                .body(
                    map(
                        "notes",
                        "We talked about engagement",
                        "topicsCovered",
                        List.of("engagement")))
                .ifMatch("/api/calls/" + w.pastTeamCall));
    op("getCallAttendance", ACTIVE, w -> req().path("callId", w.pastTeamCall));
    op(
        "recordCallAttendance",
        ACTIVE,
        w ->
            req()
                .path("callId", w.pastTeamCall)
                .body(
                    map(
                        "records",
                        List.of(map("rosterMemberId", w.seniorLeader, "status", "PRESENT"))))
                .ifMatch("/api/calls/" + w.pastTeamCall + "/attendance"));
    op("listCallRegistrations", ACTIVE, w -> req().path("callId", w.informationalCall));
    op(
        "registerForCall",
        ACTIVE.unregistered(),
        w ->
            req()
                .path("callId", w.informationalCall)
                .body(
                    map(
                        "organizationId",
                        w.org,
                        "attendees",
                        List.of(map("name", "Rita Rivers", "email", "rita@example.org")))));
    op(
        "updateCallRegistration",
        ACTIVE,
        w ->
            req()
                .path("callId", w.informationalCall)
                .path("registrationId", w.registration)
                .body(
                    map(
                        "attendees",
                        List.of(
                            map("name", "Rita Rivers", "email", "rita@example.org"),
                            map("name", "Sam Super", "email", "sam@example.org"))))
                .ifMatch(
                    "/api/calls/" + w.informationalCall + "/registrations",
                    "items.find { it.id == '" + w.registration + "' }.etag"));
    op(
        "withdrawCallRegistration",
        ACTIVE,
        w -> req().path("callId", w.informationalCall).path("registrationId", w.registration));

    // ---- schedules and calendar links: the caller's own ----
    op("getMySchedule", ACTIVE, w -> req());
    op("getCollaborativeSchedule", ACTIVE, w -> req().path("collaborativeId", w.collaborative));
    op("getMyCalendarFeed", ACTIVE, w -> req());
    op("rotateMyCalendarFeed", ACTIVE, w -> req());
    op("revokeMyCalendarFeed", ACTIVE.withFeeds(), w -> req());
    op("getScheduleCalendar", ACTIVE.withFeeds(), w -> req().path("feedToken", OWN_FEED_TOKEN));
    op(
        "getCollaborativeCalendar",
        ACTIVE.withFeeds(),
        w -> req().path("feedToken", OWN_FEED_TOKEN).path("collaborativeId", w.collaborative));

    // ---- audit ----
    op("listAuditEvents", ACTIVE, w -> req());
    op("exportAuditEvents", ACTIVE, w -> req());

    // ---- people and their platform roles ----
    op("listPeople", ACTIVE, w -> req().query("q", "colleague"));
    op(
        "grantPlatformRole",
        ACTIVE,
        w -> req().path("userId", w.colleagueId).path("role", "faculty"));
    op("revokePlatformRole", ACTIVE, w -> req().path("userId", w.leadId).path("role", "faculty"));
  }

  /** The member's unsubscribe link for the metrics topic, as an e-mail would carry it. */
  private static String unsubscribeToken(MatrixWorld w) {
    return io.quarkus.arc.Arc.container()
        .instance(org.lcp.notification.UnsubscribeLinks.class)
        .get()
        .token(w.memberId, List.of("metrics"), java.time.Instant.now());
  }

  /** A call for the owning team, led by the lead faculty member. */
  private static Map<String, Object> teamCall(MatrixWorld w, String start) {
    return map(
        "topic",
        "Engagement strategies",
        "start",
        start,
        "timeZone",
        "UTC",
        "durationMinutes",
        60,
        "facilitatorUserId",
        w.leadId,
        "audience",
        "TEAM",
        "teamId",
        w.team,
        "mode",
        "VIDEO",
        "joinUrl",
        "https://video.example.org/call");
  }
}
