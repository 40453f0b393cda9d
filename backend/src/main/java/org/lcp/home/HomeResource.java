package org.lcp.home;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import org.lcp.api.HomeApi;
import org.lcp.common.security.Actors;
import org.lcp.common.web.Responses;

/** What is due for the caller: the home page. */
@Authenticated
public class HomeResource implements HomeApi {

  private final Actors actors;
  private final HomeService home;

  public HomeResource(Actors actors, HomeService home) {
    this.actors = actors;
    this.home = home;
  }

  @Override
  public Response getMyHome() {
    return Responses.ok(home.home(actors.current()));
  }
}
