package sunshine.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the checkpoints are kept, outside the database: one append-only file per node,
 * {@code checkpoints-<node>.log}, in {@code sunshine.audit.checkpoint-dir}, each checkpoint one line
 * written with a single append and forced to disk; every checkpoint is also logged on the logger
 * {@code sunshine.audit.checkpoint}, which an operator can send to a remote syslog. Verification
 * reads every {@code *.log} file of the directory, so nodes that share a directory check each
 * other's checkpoints. See docs/deployment.md for making the directory one the database
 * administrator cannot rewrite (append-only attribute, WORM storage, another machine).
 */
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger("sunshine.audit.checkpoint");

	/** What was read: the checkpoints, and the lines that are not checkpoints (file:line). */
	record Read(List<AuditCheckpoint> checkpoints, List<String> unreadable) {
	}

	private final Path directory;
	private final String node;

	AuditCheckpoints(Path directory, String node) {
		this.directory = directory;
		this.node = node.replaceAll("[^A-Za-z0-9._-]", "_");
	}

	String node() {
		return node;
	}

	Path directory() {
		return directory;
	}

	synchronized void append(AuditCheckpoint checkpoint) {
		byte[] line = (checkpoint.line() + "\n").getBytes(StandardCharsets.US_ASCII);
		try {
			Files.createDirectories(directory);
			try (FileChannel out = FileChannel.open(directory.resolve("checkpoints-" + node + ".log"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
				ByteBuffer buffer = ByteBuffer.wrap(line);
				while (buffer.hasRemaining()) {
					out.write(buffer);
				}
				out.force(true);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the audit checkpoint to " + directory, e);
		}
		log.info(checkpoint.line());
	}

	Read readAll() {
		var checkpoints = new ArrayList<AuditCheckpoint>();
		var unreadable = new ArrayList<String>();
		if (!Files.isDirectory(directory)) {
			return new Read(checkpoints, unreadable);
		}
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).isBlank()) {
						continue;
					}
					String source = file.getFileName() + ":" + (i + 1);
					AuditCheckpoint checkpoint = AuditCheckpoint.parse(lines.get(i), source);
					if (checkpoint == null) {
						unreadable.add(source);
					}
					else {
						checkpoints.add(checkpoint);
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the audit checkpoints in " + directory, e);
		}
		return new Read(checkpoints, unreadable);
	}
}
