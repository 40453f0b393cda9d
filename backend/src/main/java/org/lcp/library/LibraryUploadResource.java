package org.lcp.library;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actors;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/**
 * Uploads to the library ({@code multipart/form-data}): written by hand, not from the generated
 * {@code LibraryUploadsApi}, because the generator turns a multipart file into a bare InputStream
 * and loses the part's file name and Content-Type, which the library keeps and checks. The
 * operations are in openapi.yaml (tag {@code library-uploads}); ContractCoverageTest sees these
 * routes like any other. The form parser writes the file to a temporary file, which is streamed
 * into the blob store. The class path is empty like the generated interfaces' ({@code @Path("")}):
 * a class path of "/api" would win the JAX-RS class match for every /api route and hide the others.
 * No {@code @Consumes}: a body of another type would be refused with 415 while the routes are
 * matched, before the caller is authenticated (an anonymous caller must get 401); the form parser
 * reads multipart bodies, and a request without the part {@code file} is refused with 400 naming
 * it.
 */
@Authenticated
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryUploadResource {

  private final Actors actors;
  private final LibraryService library;
  private final PublicUrl urls;

  public LibraryUploadResource(Actors actors, LibraryService library, PublicUrl urls) {
    this.actors = actors;
    this.library = library;
    this.urls = urls;
  }

  /** The form of a new file item: the file and its description (the same for both libraries). */
  public static class FileItemForm {
    @RestForm("file")
    public FileUpload file;

    @RestForm("title")
    public String title;

    @RestForm("description")
    public String description;

    @RestForm("tags")
    public List<String> tags;

    @RestForm("audience")
    public String audience;

    @RestForm("organizationId")
    public String organizationId;
  }

  @POST
  @Path("/api/collaboratives/{collaborativeId}/library/files")
  public Response uploadLibraryFile(
      @PathParam("collaborativeId") UUID collaborativeId, @BeanParam FileItemForm form) {
    return upload(collaborativeId, form);
  }

  @POST
  @Path("/api/library/files")
  public Response uploadNetworkLibraryFile(@BeanParam FileItemForm form) {
    return upload(null, form);
  }

  @POST
  @Path("/api/library/items/{itemId}/versions")
  public Response addLibraryItemVersion(
      @PathParam("itemId") UUID itemId,
      @HeaderParam("If-Match") String ifMatch,
      @RestForm("file") FileUpload file,
      @RestForm("note") String note) {
    // the contract's limit, checked before the item is looked up (a hand-written resource: the
    // generated interface's constraints do not apply)
    if (ifMatch != null && ifMatch.length() > MAX_IF_MATCH) {
      throw ApiException.invalid(
          List.of(new Violation("If-Match", "header", "at most " + MAX_IF_MATCH + " characters")));
    }
    try (InputStream in = open(file)) {
      var item =
          library.addVersion(
              actors.current(),
              itemId,
              ifMatch,
              file == null ? null : file.fileName(),
              file == null ? null : file.contentType(),
              note,
              in);
      return Responses.created(LibraryResource.location(urls, item.body().getId()), item);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final int MAX_IF_MATCH = 100;

  private Response upload(UUID collaborativeId, FileItemForm posted) {
    FileUpload file = posted.file;
    var form =
        new LibraryService.FileForm(
            posted.title,
            posted.description,
            posted.tags,
            posted.audience,
            posted.organizationId,
            file == null ? null : file.fileName(),
            file == null ? null : file.contentType());
    try (InputStream in = open(file)) {
      var created = library.createFile(actors.current(), collaborativeId, form, in);
      return Responses.created(LibraryResource.location(urls, created.body().getId()), created);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(FileUpload file) throws IOException {
    if (file == null || file.uploadedFile() == null) {
      return null;
    }
    if (file.size() < 0) {
      throw ApiException.invalid("file", "could not be read");
    }
    return Files.newInputStream(file.uploadedFile());
  }
}
