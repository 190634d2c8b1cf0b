import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The smallest SMTP server the cluster check needs: accepts every message on 127.0.0.1 and writes
 * each to its own file in a folder, so the script can count deliveries. Run with the JDK alone:
 * {@code java cluster/SmtpCatcher.java <port> <folder>}.
 */
public class SmtpCatcher {

  private static final AtomicInteger RECEIVED = new AtomicInteger();

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    Path folder = Files.createDirectories(Path.of(args[1]));
    try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
      System.out.println("SMTP catcher listening on 127.0.0.1:" + port);
      while (true) {
        Socket client = server.accept();
        Thread thread = new Thread(() -> serve(client, folder));
        thread.setDaemon(true);
        thread.start();
      }
    }
  }

  private static void serve(Socket client, Path folder) {
    try (client;
        BufferedReader in =
            new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1)) {
      reply(out, "220 catcher ESMTP");
      StringBuilder envelope = new StringBuilder();
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
        switch (command) {
          case "EHLO", "HELO" -> reply(out, "250 catcher");
          case "MAIL", "RCPT" -> {
            envelope.append(line).append("\r\n");
            reply(out, "250 OK");
          }
          case "DATA" -> {
            reply(out, "354 end with <CRLF>.<CRLF>");
            StringBuilder message = new StringBuilder(envelope);
            String data;
            while ((data = in.readLine()) != null && !data.equals(".")) {
              message.append(data.startsWith(".") ? data.substring(1) : data).append("\r\n"); // dot-stuffing
            }
            int number = RECEIVED.incrementAndGet();
            Files.writeString(
                folder.resolve(String.format("%04d.eml", number)), message, StandardCharsets.ISO_8859_1);
            envelope.setLength(0);
            reply(out, "250 queued as " + number);
          }
          case "RSET" -> {
            envelope.setLength(0);
            reply(out, "250 OK");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 OK");
        }
      }
    } catch (IOException e) {
      System.err.println("SMTP catcher: " + e);
    }
  }

  private static void reply(Writer out, String text) throws IOException {
    out.write(text + "\r\n");
    out.flush();
  }
}
