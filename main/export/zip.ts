import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** MS-DOS date and time, as zip headers carry them (local time, two-second steps). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * A plain zip archive (deflate, UTF-8 names flagged as such) of a few files held in
 * memory: enough for an export of one vCard per contact, without a dependency. Entries
 * and the archive stay under zip's 4 GB / 65,535-entry limits, which the caller checks.
 */
export function zip(entries: ZipEntry[], when = new Date()): Buffer {
  if (entries.length > 0xffff) throw new Error(`a zip holds at most 65535 files, not ${entries.length}`);
  const { time, date } = dosTime(when);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = zlib.deflateRawSync(e.data);
    const crc = zlib.crc32(e.data);
    // What the local header and the central directory both say of the entry, in the same
    // order: version needed 2.0 (deflate), flags (bit 11: the name is UTF-8), method 8
    // (deflate), time, date, CRC-32, packed and plain sizes, the name's length.
    const shared = Buffer.alloc(24);
    shared.writeUInt16LE(20, 0);
    shared.writeUInt16LE(0x0800, 2);
    shared.writeUInt16LE(8, 4);
    shared.writeUInt16LE(time, 6);
    shared.writeUInt16LE(date, 8);
    shared.writeUInt32LE(crc, 10);
    shared.writeUInt32LE(packed.length, 14);
    shared.writeUInt32LE(e.data.length, 18);
    shared.writeUInt16LE(name.length, 22);
    const local = Buffer.alloc(30); // + extra field length 0
    local.writeUInt32LE(0x04034b50, 0);
    shared.copy(local, 4);
    const central = Buffer.alloc(46); // + extra, comment, disk, attributes: 0
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    shared.copy(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
    if (offset > 0xffffffff) throw new Error('export is too large for a zip file (4 GB)');
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
