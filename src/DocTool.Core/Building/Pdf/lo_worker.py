# DocTool's LibreOffice worker: one soffice process lays out and exports many documents.
#
#   python3 lo_worker.py SOFFICE PROFILE_DIR < jobs
#
# Each line on standard input is a JSON job {"docx": ..., "pdf": ...} ("pdf" may be null: layout
# only). For each job the worker opens the .docx hidden, updates its indexes (the table of contents
# gets LibreOffice's page numbers), reads the page of every bookmark, exports a tagged PDF/UA file
# with bookmarks to the path given, and prints one JSON line:
#   {"docx": ..., "ok": true, "pages": {"c_purpose": 3, ...}}   or   {"docx": ..., "ok": false, "error": ...}
# The caller writes to a temporary path and renames, so a failure never leaves a partial PDF.
# Exit 3 when the uno module is missing, 4 when soffice cannot be started or reached.
import json
import os
import subprocess
import sys
import time

try:
    import uno
    from com.sun.star.beans import PropertyValue
except ImportError:
    sys.stderr.write("python3-uno is not installed\n")
    sys.exit(3)


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start(soffice, profile):
    pipe = "doctool_" + str(os.getpid())
    args = [soffice, "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible",
            "--nologo", "--norestore", "--nodefault", "--nolockcheck",
            "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"]
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
            desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            return proc, desktop
        except Exception:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                sys.stderr.write("soffice could not be started\n")
                sys.exit(4)
            time.sleep(0.1)


def convert(desktop, job):
    url = uno.systemPathToFileUrl(os.path.abspath(job["docx"]))
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
    if doc is None:
        raise RuntimeError("LibreOffice could not open the file")
    try:
        indexes = doc.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        doc.refresh()
        view = doc.getCurrentController().getViewCursor()
        pages = {}
        marks = doc.getBookmarks()
        for name in marks.getElementNames():
            if name.startswith("c_"):
                view.gotoRange(marks.getByName(name).getAnchor().getStart(), False)
                pages[name] = view.getPage()
        if job.get("pdf"):
            filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", tuple([
                prop("UseTaggedPDF", True),
                prop("PDFUACompliance", True),
                prop("ExportBookmarks", True),
                prop("OpenBookmarkLevels", -1),
                prop("DisplayPDFDocumentTitle", True),
                prop("ExportNotes", False),
                prop("ExportFormFields", False),
            ]))
            args = (prop("FilterName", "writer_pdf_Export"), prop("FilterData", filter_data))
            uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(os.path.abspath(job["pdf"])), args))
        return pages
    finally:
        doc.close(True)


def main():
    soffice, profile = sys.argv[1], sys.argv[2]
    proc, desktop = start(soffice, profile)
    try:
        for line in sys.stdin:
            line = line.strip()
            if not line:
                continue
            job = json.loads(line)
            try:
                pages = convert(desktop, job)
                result = {"docx": job["docx"], "ok": True, "pages": pages}
            except Exception as e:  # one bad document must not stop the others
                result = {"docx": job["docx"], "ok": False, "error": str(e).strip() or type(e).__name__}
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except Exception:
            proc.kill()


main()
