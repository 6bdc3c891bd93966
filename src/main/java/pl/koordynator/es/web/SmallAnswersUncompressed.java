package pl.koordynator.es.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Tomcat see the length of a small answer, so that {@code server.compression.min-response-size} holds.
 * Tomcat decides on gzip when the response is committed; Spring's message converters, the CSV downloads
 * and the error pages flush when they are done writing, which commits a 200-byte answer with no length,
 * and Tomcat compresses every answer of unknown length (gzip makes a small answer larger). Ignoring a
 * flush until the response is committed leaves the answer in Tomcat's output buffer (8 KiB): a small one
 * gets its Content-Length when the request ends, a large one is committed when the buffer fills and
 * streams on as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SmallAnswersUncompressed extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new FlushWhenCommitted(response));
    }

    private static final class FlushWhenCommitted extends HttpServletResponseWrapper {

        private ServletOutputStream stream;
        private PrintWriter writer;

        FlushWhenCommitted(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (isCommitted()) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream target = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        target.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        target.write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        if (isCommitted()) {
                            target.flush();
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        target.close();
                    }

                    @Override
                    public boolean isReady() {
                        return target.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        target.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter target = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] characters, int offset, int length) {
                        target.write(characters, offset, length);
                    }

                    @Override
                    public void write(String text, int offset, int length) {
                        target.write(text, offset, length);
                    }

                    @Override
                    public void flush() {
                        if (isCommitted()) {
                            target.flush();
                        }
                    }

                    @Override
                    public void close() {
                        target.close();
                    }
                });
            }
            return writer;
        }
    }
}
