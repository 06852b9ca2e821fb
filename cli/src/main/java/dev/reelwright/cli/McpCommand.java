package dev.reelwright.cli;

import dev.reelwright.render.Cancellation;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code reel mcp}: Reelwright's tools for AI agents, as an MCP server on standard input and
 * output (JSON-RPC, one message a line), built on the official MCP Java SDK. Standard output
 * carries the protocol only: everything else the commands print goes to standard error. The
 * server ends when its client closes standard input.
 */
@Command(name = "mcp", description = "An MCP server on standard input and output: make, edit, render and probe as tools for AI agents;"
        + " with --server the tools work through that server instead of on this machine.")
final class McpCommand extends ReelCommand {
    @Mixin
    Options.ServerOption server;

    @Override
    protected void run(Context context) throws InterruptedException {
        Cancellation cancellation = context.cancellation();
        String remote = server.given();
        // The real standard output is the protocol's; any stray print (a library's, a warning) goes to standard error.
        OutputStream protocolOut = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        System.setOut(System.err);
        McpCancels cancels = new McpCancels(cancellation);
        InputStream protocolIn;
        try {
            protocolIn = cancels.filter(new FileInputStream(FileDescriptor.in));
        } catch (IOException e) {
            throw new CliException("cannot read standard input (" + e.getMessage() + ")");
        }
        McpJsonMapper json = new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper());
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(json, protocolIn, protocolOut))
                .serverInfo("reelwright", McpTools.VERSION)
                .instructions("""
                        Reelwright makes and edits videos on this machine. make_video turns a script (text or a file) and optional \
                        photos, clips or a voiceover into an MP4 with voiceover, captions and music, and writes a draft (a JSON \
                        timeline) beside it. Change the draft with edit (a request in plain English or Chinese) or the typed \
                        operations (set_bgm, set_aspect, add_text ...), look at it with get_timeline, go back with undo, and make \
                        the MP4 again with render. Paths are files on this machine.""")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).logging().build())
                .tools(remote == null ? new McpTools(cancels).all() : McpRemoteTools.all(new McpTools(cancels), remote, context.env()))
                .build();
        cancels.closed.await();
        server.closeGracefully();
    }
}
