import { parsePayload } from './main/recognize/vcard.js';
console.log(JSON.stringify(parsePayload('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Collins;Olivia;J.;;\r\nFN:Olivia J. Collins\r\nTEL;TYPE=WORK:+16175550126\r\nTEL;TYPE=cell;VALUE=uri:tel:+16175550127\r\nEND:VCARD').fields.phones));
