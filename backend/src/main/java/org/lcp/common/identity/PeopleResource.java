package org.lcp.common.identity;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.lcp.api.PeopleApi;
import org.lcp.api.model.PlatformRole;
import org.lcp.common.security.Actors;
import org.lcp.common.web.Responses;

/** The people the platform knows and their platform roles (admins only). */
@Authenticated
public class PeopleResource implements PeopleApi {

  private final Actors actors;
  private final PeopleService people;

  public PeopleResource(Actors actors, PeopleService people) {
    this.actors = actors;
    this.people = people;
  }

  @Override
  public Response listPeople(Integer page, Integer size, String q) {
    return Responses.ok(people.list(actors.current(), q, page, size));
  }

  @Override
  public Response grantPlatformRole(UUID userId, PlatformRole role) {
    return Responses.ok(people.grant(actors.current(), userId, role));
  }

  @Override
  public Response revokePlatformRole(UUID userId, PlatformRole role) {
    // a DELETE answering a body: JSON said explicitly (negotiation could pick the problem type)
    return Response.ok(
            people.revoke(actors.current(), userId, role), MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
