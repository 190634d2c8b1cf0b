package com.tierwise.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits on what an API request body may be, checked before JAX-RS or a parser reads it, so an
 * oversize upload or a parser bomb is refused with a clear JSON answer and nothing changes:
 * <ul>
 *   <li>JSON bodies: at most {@value #MAX_JSON_BYTES} (default 16 MB) and a nesting of at most
 *       {@value #MAX_JSON_DEPTH} (default 64) arrays/objects → 413 / 400;
 *   <li>every other body (CSV uploads): at most {@value #MAX_UPLOAD_BYTES} (default 200 MB, the
 *       portal's import limit) → 413, from the declared length at once, or when a body sent
 *       without a length passes the limit while it is read ({@link RequestBodyTooLarge}).
 * </ul>
 * The server's own ceiling (WildFly {@code max-post-size}, 512 MB in configure.cli) stays above
 * these, so the application's clearer answer is the one clients see.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestLimits extends HttpFilter {

  public static final String MAX_JSON_BYTES = "tierwise.api.max.json.bytes";
  public static final String MAX_JSON_DEPTH = "tierwise.api.max.json.depth";
  public static final String MAX_UPLOAD_BYTES = "tierwise.api.max.upload.bytes";

  private static final long serialVersionUID = 1L;

  private long maxJsonBytes;
  private int maxJsonDepth;
  private long maxUploadBytes;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    maxJsonBytes = config.getOptionalValue(MAX_JSON_BYTES, Long.class).orElse(16L * 1024 * 1024);
    maxJsonDepth = config.getOptionalValue(MAX_JSON_DEPTH, Integer.class).orElse(64);
    maxUploadBytes = config.getOptionalValue(MAX_UPLOAD_BYTES, Long.class).orElse(200L * 1024 * 1024);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    boolean json = type.startsWith("application/json") || type.contains("+json");
    long limit = json ? maxJsonBytes : maxUploadBytes;
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      refuse(response, 413, tooLarge(json, limit));
      return;
    }
    if (!json || declared == 0) {
      chain.doFilter(declared < 0 ? new Limited(request, limit) : request, response);
      return;
    }
    byte[] body = readAtMost(request.getInputStream(), limit);
    if (body == null) {
      refuse(response, 413, tooLarge(true, limit));
      return;
    }
    if (JsonNesting.depth(body, body.length, maxJsonDepth) > maxJsonDepth) {
      refuse(
          response,
          400,
          "The JSON body nests arrays or objects deeper than " + maxJsonDepth + " levels; nothing was changed");
      return;
    }
    chain.doFilter(new Buffered(request, body), response);
  }

  private static String tooLarge(boolean json, long limit) {
    return "The request body is larger than the limit of " + limit + " bytes for "
        + (json ? "JSON" : "uploads") + "; nothing was changed. Split the data into smaller requests.";
  }

  /** The whole body, or null when it has more than {@code limit} bytes. */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[8192];
    int size = 0;
    int read;
    while ((read = in.read(buffer, size, buffer.length - size)) != -1) {
      size += read;
      if (size > limit) {
        return null;
      }
      if (size == buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(buffer.length * 2L, 8192)));
      }
    }
    return Arrays.copyOf(buffer, size);
  }

  static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream()
        .write(("{\"status\":" + status + ",\"message\":\"" + message.replace("\"", "'") + "\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A JSON body already read (and checked), served again to JAX-RS. One stream for the request,
   * as a container gives: Jersey asks more than once and must continue where it stopped.
   */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;
    private final Stream stream;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
      this.stream = new Stream(new ByteArrayInputStream(body), Long.MAX_VALUE);
    }

    @Override
    public ServletInputStream getInputStream() {
      return stream;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }

  /** A body of unknown length, cut off with {@link RequestBodyTooLarge} beyond the limit. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    private Stream stream;

    @Override
    public synchronized ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Stream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Stream extends ServletInputStream {
    private final InputStream in;
    private final long limit;
    private long count;
    private boolean finished;

    Stream(InputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b == -1) {
        finished = true;
      } else {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      int read = in.read(target, offset, length);
      if (read == -1) {
        finished = true;
      } else {
        counted(read);
      }
      return read;
    }

    private void counted(int bytes) throws RequestBodyTooLarge {
      count += bytes;
      if (count > limit) {
        throw new RequestBodyTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return finished;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new UnsupportedOperationException("blocking reads only");
    }
  }
}
