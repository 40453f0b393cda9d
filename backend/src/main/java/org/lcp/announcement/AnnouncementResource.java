package org.lcp.announcement;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.lcp.api.AnnouncementsApi;
import org.lcp.api.model.AnnouncementInput;
import org.lcp.api.model.AnnouncementPatch;
import org.lcp.common.security.Actors;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/** Announcements: parse, call the service with the caller, answer. */
@Authenticated
public class AnnouncementResource implements AnnouncementsApi {

  private final Actors actors;
  private final AnnouncementService announcements;
  private final PublicUrl urls;

  public AnnouncementResource(Actors actors, AnnouncementService announcements, PublicUrl urls) {
    this.actors = actors;
    this.announcements = announcements;
    this.urls = urls;
  }

  @Override
  public Response listCollaborativeAnnouncements(UUID collaborativeId, Integer page, Integer size) {
    return Responses.ok(announcements.listOf(actors.current(), collaborativeId, page, size));
  }

  @Override
  public Response publishCollaborativeAnnouncement(UUID collaborativeId, AnnouncementInput input) {
    var created = announcements.publish(actors.current(), collaborativeId, input);
    return Responses.created(location(created.body().getId()), created);
  }

  @Override
  public Response listNetworkAnnouncements(Integer page, Integer size) {
    return Responses.ok(announcements.listNetwork(actors.current(), page, size));
  }

  @Override
  public Response publishNetworkAnnouncement(AnnouncementInput input) {
    var created = announcements.publishNetwork(actors.current(), input);
    return Responses.created(location(created.body().getId()), created);
  }

  @Override
  public Response getAnnouncement(UUID announcementId) {
    return Responses.ok(announcements.get(actors.current(), announcementId));
  }

  @Override
  public Response updateAnnouncement(UUID announcementId, AnnouncementPatch input, String ifMatch) {
    return Responses.ok(announcements.update(actors.current(), announcementId, ifMatch, input));
  }

  @Override
  public Response deleteAnnouncement(UUID announcementId, String ifMatch) {
    announcements.delete(actors.current(), announcementId, ifMatch);
    return Response.noContent().build();
  }

  private URI location(UUID id) {
    return urls.of("api", "announcements", id.toString());
  }
}
