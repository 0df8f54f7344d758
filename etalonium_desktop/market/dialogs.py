"""The market's dialogs: a listing's editor, price & stock, delivery with a proof, dispute, rating, reply,
evidence and arbiter registration. Each collects and checks input; the page awaits it with `ask()`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.amounts import AmountError, format_exc, parse_exc
from etalonium_desktop.ui import i18n, widgets
from etalonium_desktop.ui.i18n import QT_TRANSLATE_NOOP
from lightnode.protocol.actions import ListingKind, PriceMode

from .errors import MarketError
from .media import DeliveryProof
from .model import ListingEntry
from .qt_common import StarPicker, section_label
from .samples import CATEGORIES, REGIONS
from .service import ListingDraft
from .viewmodels import blocks_text

_PHOTO_FILTER = QT_TRANSLATE_NOOP("ListingEditor", "Photos (*.jpg *.jpeg *.png *.webp *.heic *.tif *.tiff *.bmp)")


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(24, 20, 24, 20)
        self.root.setSpacing(12)
        self.root.addWidget(widgets.title(title))
        self.error = widgets.status_label()

    def finish(self, ok_text: str) -> None:
        self.root.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel = widgets.button(self.tr("Cancel"))
        self.ok = widgets.primary_button(ok_text)
        row.addWidget(self.cancel)
        row.addWidget(self.ok)
        self.root.addLayout(row)
        self.cancel.clicked.connect(self.reject)
        self.ok.clicked.connect(self._on_ok)

    def check(self) -> str:
        """An error sentence, or empty when the input can be used."""
        return ""

    def _on_ok(self) -> None:
        problem = self.check()
        self.error.setText(problem)
        if not problem:
            self.accept()


#: A listing carries at most this many media ids (the protocol's limit).
_MAX_MEDIA = 16


class ListingEditor(_Dialog):
    """A new listing: what, for how much, where and when, with photos. Given `entry` (one of the user's
    listings) it edits that listing instead: everything but its kind, price and stock (which have their
    own dialog), keeping or removing its published photos and adding new ones."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        min_timeout: int = 10,
        categories: list[str] | None = None,
        entry: ListingEntry | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ListingEditor", "Edit listing")
            if entry is not None
            else QCoreApplication.translate("ListingEditor", "New listing"),
            parent,
        )
        self.setMinimumWidth(680)
        self.min_timeout = min_timeout
        self.entry = entry
        self.photos: list[Path] = []
        #: Published media ids the edit keeps (in their order); empty for a new listing.
        self.kept_media: list[bytes] = list(entry.media) if entry is not None else []
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("A good (garment, accessory, sample…)"), ListingKind.GOOD)
        self.kind.addItem(self.tr("A service (shoot, casting, tailoring…)"), ListingKind.SERVICE)
        self.kind.setAccessibleName(self.tr("Kind of listing"))
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(sorted(set(categories or []) | set(CATEGORIES)))
        self.category.setCurrentText("")
        self.category.setAccessibleName(self.tr("Category"))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(120)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("Ivory silk slip dress, size 38"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("Material, cut, condition, what is included…"))
        self.description.setFixedHeight(90)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("silk, bias cut, ss26"))
        price_row = QHBoxLayout()
        self.price = QLineEdit()
        self.price.setAccessibleName(self.tr("Price in ExC"))
        self.price.setPlaceholderText("120")
        self.quote = QCheckBox(self.tr("Quote on request (the price is indicative)"))
        price_row.addWidget(self.price)
        price_row.addWidget(self.quote)
        self._price_row = price_row
        self.delivery = QSpinBox()
        self.delivery.setRange(0, 3650)
        self.delivery.setValue(7)
        self.delivery.setSuffix(self.tr(" days"))
        self.delivery.setAccessibleName(self.tr("Delivery time"))
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems(REGIONS)
        self.region.setCurrentText("")
        self.region.setAccessibleName(self.tr("Region"))
        self.stock = QSpinBox()
        self.stock.setRange(0, 1_000_000)
        self.stock.setValue(1)
        self.stock.setAccessibleName(self.tr("Stock or bookings"))
        avail_row = QHBoxLayout()
        self.has_dates = QCheckBox(self.tr("Available from"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today)
        self.date_until = QDateEdit(today.addDays(30))
        for d in (self.date_from, self.date_until):
            d.setDisplayFormat("d MMM yyyy")
            d.setCalendarPopup(True)
            d.setEnabled(False)
        self.has_dates.toggled.connect(self.date_from.setEnabled)
        self.has_dates.toggled.connect(self.date_until.setEnabled)
        avail_row.addWidget(self.has_dates)
        avail_row.addWidget(self.date_from)
        avail_row.addWidget(QLabel(self.tr("until")))
        avail_row.addWidget(self.date_until)
        avail_row.addStretch(1)
        self.timeout = QSpinBox()
        self.timeout.setRange(max(1, min_timeout), 10_000_000)
        self.timeout.setValue(max(min_timeout, 3 * 86_400))
        self.timeout.setSuffix(self.tr(" blocks"))
        self.timeout.setGroupSeparatorShown(True)
        self.timeout.setAccessibleName(self.tr("Automatic release after delivery"))
        self.timeout_hint = widgets.subtle("")
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Price (ExC)"), price_row)
        form.addRow(self.tr("Delivery"), self.delivery)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Stock / bookings"), self.stock)
        form.addRow(self.tr("Availability"), avail_row)
        form.addRow(self.tr("Release after"), self.timeout)
        form.addRow("", self.timeout_hint)
        self.root.addLayout(form)
        self.root.addWidget(section_label(self.tr("Photos")))
        photo_row = QHBoxLayout()
        self.photo_list = QListWidget()
        self.photo_list.setFixedHeight(70)
        self.photo_list.setAccessibleName(self.tr("Photos to upload"))
        add = widgets.button(self.tr("Add photos…"))
        add.clicked.connect(self._choose_photos)
        photo_row.addWidget(self.photo_list, 1)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(add)
        self.remove_photo = widgets.button(self.tr("Remove"))
        self.remove_photo.setAccessibleName(self.tr("Remove the selected photo"))
        self.remove_photo.clicked.connect(self._remove_selected_photo)
        photo_buttons.addWidget(self.remove_photo)
        photo_row.addLayout(photo_buttons)
        self.root.addLayout(photo_row)
        self.progress = widgets.subtle("")
        self.root.addWidget(self.progress)
        self.finish(self.tr("Save changes") if entry is not None else self.tr("Publish listing"))
        self.timeout.valueChanged.connect(self._update_hint)
        self.kind.currentIndexChanged.connect(self._update_kind)
        if entry is not None:
            self._fill_from(entry, form)
        self._update_hint()
        self._update_kind()

    def _fill_from(self, entry: ListingEntry, form: QFormLayout) -> None:
        """Show the listing as published; kind, price and stock are not part of an edit."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.kind.setEnabled(False)
        self.category.setCurrentText(entry.category)
        self.title_edit.setMaxLength(128)
        self.title_edit.setText(entry.title)
        self.description.setPlainText(entry.description)
        self.tags.setText(", ".join(entry.tags))
        form.setRowVisible(self._price_row, False)
        form.setRowVisible(self.stock, False)
        self.delivery.setValue(min(entry.delivery_days, self.delivery.maximum()))
        self.region.setCurrentText(entry.region)
        if entry.available_from and entry.available_until:
            self.has_dates.setChecked(True)
            self.date_from.setDate(QDate.fromString(entry.available_from, "yyyy-MM-dd"))
            self.date_until.setDate(QDate.fromString(entry.available_until, "yyyy-MM-dd"))
        self.timeout.setMinimum(min(self.timeout.minimum(), entry.release_timeout))
        self.timeout.setMaximum(max(self.timeout.maximum(), entry.release_timeout))
        self.timeout.setValue(entry.release_timeout)
        for n, media_id in enumerate(self.kept_media, 1):
            self.photo_list.addItem(self.tr("Published photo {n} ({id}…)").format(n=n, id=media_id[:4].hex()))

    def _remove_selected_photo(self) -> None:
        row = self.photo_list.currentRow()
        if row < 0:
            return
        self.photo_list.takeItem(row)
        if row < len(self.kept_media):
            del self.kept_media[row]
        else:
            del self.photos[row - len(self.kept_media)]

    def _update_hint(self) -> None:
        self.timeout_hint.setText(
            self.tr(
                "If the buyer neither confirms nor disputes, the payment is released to you about {time} after you "
                "mark the order delivered."
            ).format(time=blocks_text(self.timeout.value()))
        )

    def _update_kind(self) -> None:
        service = self.kind.currentData() == ListingKind.SERVICE
        self.stock.setSuffix(self.tr(" bookings") if service else self.tr(" in stock"))

    def add_photos(self, paths: list[Path]) -> None:
        for path in paths:
            if (
                path not in self.photos
                and len(self.photos) < 8
                and len(self.kept_media) + len(self.photos) < _MAX_MEDIA
            ):
                self.photos.append(path)
                self.photo_list.addItem(path.name)

    def _choose_photos(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose photos"), "", self.tr(_PHOTO_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda files: self.add_photos([Path(f) for f in files]))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def draft(self) -> ListingDraft:
        if self.entry is not None:  # an edit keeps the listing's kind, price and stock as they are
            kind, price, mode, stock = self.entry.kind, self.entry.price, self.entry.price_mode, self.entry.stock
        else:
            text = self.price.text().strip()
            try:
                price = parse_exc(text) if text else 0
            except AmountError as exc:
                raise MarketError(str(exc)) from exc
            kind = ListingKind(self.kind.currentData())
            mode = PriceMode.QUOTE if self.quote.isChecked() else PriceMode.FIXED
            stock = self.stock.value()
        available = None
        if self.has_dates.isChecked():
            available = (self.date_from.date().toPython(), self.date_until.date().toPython())
        return ListingDraft(
            kind=kind,
            category=self.category.currentText(),
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            price=price,
            price_mode=mode,
            delivery_days=self.delivery.value(),
            region=self.region.currentText(),
            stock=stock,
            release_timeout=self.timeout.value(),
            available=available,  # type: ignore[arg-type]
            media=tuple(self.kept_media),
        )

    def check(self) -> str:
        try:
            if self.entry is not None:
                self.draft().edit_payload(self.entry.listing_id)
            else:
                self.draft().payload()
        except MarketError as exc:
            return str(exc)
        return ""


class PriceStockDialog(_Dialog):
    def __init__(self, entry: ListingEntry, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PriceStockDialog", "Price and stock"), parent)
        self.entry = entry
        form = QFormLayout()
        self.price = QLineEdit(format_exc(entry.price, max_decimals=18, unit=False).replace(",", ""))
        self.price.setAccessibleName(self.tr("Price in ExC"))
        self.stock = QSpinBox()
        self.stock.setRange(0, 1_000_000)
        self.stock.setValue(min(entry.stock, 1_000_000))
        self.stock.setAccessibleName(self.tr("Stock"))
        form.addRow(self.tr("Price (ExC)"), self.price)
        form.addRow(self.tr("Stock"), self.stock)
        self.root.addLayout(form)
        self.root.addWidget(widgets.subtle(self.tr("Orders already placed keep the price they were placed at.")))
        self.finish(self.tr("Save"))

    def values(self) -> tuple[int, int]:
        return parse_exc(self.price.text()), self.stock.value()

    def check(self) -> str:
        try:
            price, _ = self.values()
        except AmountError as exc:
            return str(exc)
        if price == 0 and not self.entry.is_quote:
            return self.tr("A fixed-price listing needs a price above zero.")
        return ""


class DeliverDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DeliverDialog", "Mark delivered"), parent)
        self.proof: Path | None = None
        form = QFormLayout()
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("Tracking number, handover, link to the photos…"))
        self.note.setAccessibleName(self.tr("Delivery note"))
        proof_row = QHBoxLayout()
        self.proof_label = widgets.subtle(self.tr("No proof attached"))
        choose = widgets.button(self.tr("Attach a photo or file…"))
        choose.clicked.connect(self._choose)
        proof_row.addWidget(self.proof_label, 1)
        proof_row.addWidget(choose)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Proof"), proof_row)
        self.root.addLayout(form)
        self.root.addWidget(
            widgets.subtle(
                self.tr(
                    "The proof goes to the blob store and its id onto the chain, where the buyer and, in a "
                    "dispute, the arbiter can check it."
                )
            )
        )
        self.finish(self.tr("Mark delivered"))

    def set_proof(self, path: Path | None) -> None:
        self.proof = path
        self.proof_label.setText(path.name if path else self.tr("No proof attached"))

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the proof"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda f: self.set_proof(Path(f)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


class DisputeDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DisputeDialog", "Open a dispute"), parent)
        self.root.addWidget(
            widgets.subtle(
                self.tr(
                    "An arbiter is drawn at once among reputable members of this category — never anyone tied to "
                    "either of you. The payment stays in escrow until the ruling. Send your evidence afterwards, "
                    "encrypted, from the case."
                )
            )
        )
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("What went wrong?"))
        self.reason.setAccessibleName(self.tr("Reason of the dispute"))
        self.reason.setFixedHeight(100)
        self.root.addWidget(self.reason)
        self.finish(self.tr("Open dispute"))

    def check(self) -> str:
        text = self.reason.toPlainText().strip()
        if not text:
            return self.tr("Say briefly what went wrong; the arbiter reads it first.")
        if len(text.encode()) > 2000:
            return self.tr("Keep the reason under 2000 bytes; send details as evidence.")
        return ""


class RatingDialog(_Dialog):
    AXES = (
        ("quality", QT_TRANSLATE_NOOP("RatingDialog", "Quality")),
        ("as_described", QT_TRANSLATE_NOOP("RatingDialog", "As described")),
        ("delivery", QT_TRANSLATE_NOOP("RatingDialog", "Delivery")),
        ("communication", QT_TRANSLATE_NOOP("RatingDialog", "Communication")),
    )

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RatingDialog", "Rate your order"), parent)
        self.root.addWidget(
            widgets.subtle(
                self.tr("{title} — your rating is public and counts toward the seller's reputation.").format(
                    title=title
                )
            )
        )
        self.pickers = {name: StarPicker(self.tr(label)) for name, label in self.AXES}
        for picker in self.pickers.values():
            self.root.addWidget(picker)
        self.review = QPlainTextEdit()
        self.review.setPlaceholderText(self.tr("A few words for other buyers (optional)"))
        self.review.setAccessibleName(self.tr("Review"))
        self.review.setFixedHeight(90)
        self.root.addWidget(self.review)
        self.finish(self.tr("Publish rating"))

    def values(self) -> tuple[int, int, int, int, str]:
        v = [self.pickers[name].value for name, _ in self.AXES]
        return v[0], v[1], v[2], v[3], self.review.toPlainText()

    def check(self) -> str:
        return self.tr("Keep the review under 2000 bytes.") if len(self.review.toPlainText().encode()) > 2000 else ""


class TextDialog(_Dialog):
    """One line of text: an answer to a review, or the note that goes with evidence."""

    def __init__(self, title: str, hint: str, ok: str, parent: QWidget | None = None, *, files: bool = False) -> None:
        super().__init__(title, parent)
        self.files: list[Path] = []
        self.root.addWidget(widgets.subtle(hint))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(title)
        self.text.setFixedHeight(90)
        self.root.addWidget(self.text)
        if files:
            row = QHBoxLayout()
            self.files_label = widgets.subtle(self.tr("No files attached"))
            add = widgets.button(self.tr("Attach files…"))
            add.clicked.connect(self._choose)
            row.addWidget(self.files_label, 1)
            row.addWidget(add)
            self.root.addLayout(row)
        self.finish(ok)

    def set_files(self, files: list[Path]) -> None:
        self.files = files
        self.files_label.setText(", ".join(f.name for f in files) or self.tr("No files attached"))

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda fs: self.set_files([Path(f) for f in fs]))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def check(self) -> str:
        if not self.text.toPlainText().strip() and not self.files:
            return self.tr("Write something first.")
        return ""


class ArbiterDialog(_Dialog):
    def __init__(
        self,
        categories: list[str],
        *,
        active: bool,
        active_categories: tuple[str, ...],
        min_reputation: int,
        score: int,
        fee_bps: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("ArbiterDialog", "Settle disputes as an arbiter"), parent)
        self.root.addWidget(
            widgets.subtle(
                self.tr(
                    "Arbiters are drawn at random among members with a reputation of at least {minimum} (yours is "
                    "{score}), weighted by their reputation in the order's category, and never for a party or "
                    "someone following or followed by one. A ruling earns {percent}% of the escrow."
                ).format(
                    minimum=i18n.number(min_reputation),
                    score=i18n.number(score),
                    percent=QLocale().toString(fee_bps / 100, "g", 6),
                )
            )
        )
        self.active = QCheckBox(self.tr("I am available to settle disputes"))
        self.active.setChecked(True)
        self.root.addWidget(self.active)
        self.categories = QLineEdit(", ".join(active_categories))
        self.categories.setPlaceholderText(self.tr("Every category, or e.g. Dresses, Tailoring"))
        self.categories.setAccessibleName(self.tr("Categories you settle"))
        self.root.addWidget(self.categories)
        if categories:
            self.root.addWidget(widgets.subtle(self.tr("Categories on the market now: ") + ", ".join(categories[:12])))
        self.finish(self.tr("Save"))
        self.was_active = active

    def values(self) -> tuple[list[str], bool]:
        return [c.strip() for c in self.categories.text().split(",") if c.strip()], self.active.isChecked()

    def check(self) -> str:
        names, active = self.values()
        if not active and not self.was_active:
            return self.tr("You are not registered as an arbiter.")
        if len(names) > 16:
            return self.tr("Choose at most 16 categories.")
        return ""


__all__ = [
    "ArbiterDialog",
    "DeliverDialog",
    "DisputeDialog",
    "ListingEditor",
    "PriceStockDialog",
    "RatingDialog",
    "TextDialog",
]


class ProofDialog(QDialog):
    """A delivery proof, downloaded and verified: a photo is shown, any proof can be saved to a file."""

    #: The longest side a photo is shown at.
    VIEW_SIZE = 720

    def __init__(self, proof: DeliveryProof, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proof = proof
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Delivery proof"))
        self.setMinimumWidth(480)
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 20, 24, 20)
        root.setSpacing(12)
        root.addWidget(widgets.title(self.tr("Delivery proof")))
        self.view = QLabel()
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setAccessibleName(self.tr("Delivery proof"))
        image = QImage()
        if proof.is_photo or proof.media_type.startswith("image/"):
            image = QImage.fromData(proof.data)
        self.shows_image = not image.isNull()
        n = len(proof.data)
        locale = QLocale()
        size = (
            self.tr("{size} KiB").format(size=locale.toString(round(n / 1024)))
            if n < 2**20
            else self.tr("{size} MiB").format(size=locale.toString(n / 2**20, "f", 1))
        )
        if self.shows_image:
            pixmap = QPixmap.fromImage(image)
            if max(pixmap.width(), pixmap.height()) > self.VIEW_SIZE:
                pixmap = pixmap.scaled(
                    self.VIEW_SIZE,
                    self.VIEW_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self.view.setPixmap(pixmap)
            what = self.tr("A photo, {width} × {height} pixels, {size}").format(
                width=image.width(), height=image.height(), size=size
            )
        else:
            self.view.setText(
                self.tr("This proof is a file the app does not show: save it and open it with another app.")
            )
            self.view.setWordWrap(True)
            what = self.tr("A file ({type}), {size}").format(type=proof.media_type, size=size)
        root.addWidget(self.view, 1)
        self.what = widgets.subtle(what)
        root.addWidget(self.what)
        root.addWidget(
            widgets.status_label(self.tr("✓ Every part checked against the seller's signed manifest"), "verified")
        )
        self.status = widgets.status_label()
        root.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save = widgets.button(self.tr("Save…"))
        self.close_button = widgets.primary_button(self.tr("Close"))
        row.addWidget(self.save)
        row.addWidget(self.close_button)
        root.addLayout(row)
        self.save.clicked.connect(self._choose_file)
        self.close_button.clicked.connect(self.accept)

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the delivery proof"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(self.proof.suggested_name)
        dialog.fileSelected.connect(lambda f: self.save_to(Path(f)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_to(self, path: Path) -> bool:
        """Write the proof's bytes to `path`; a failure is said in the dialog, which stays open."""
        try:
            path.write_bytes(self.proof.data)
        except OSError as exc:
            widgets.set_role(self.status, "error")
            self.status.setText(
                self.tr("The proof could not be saved as {name}: {reason}.").format(
                    name=path.name, reason=exc.strerror or exc
                )
            )
            return False
        self.saved_to = path
        widgets.set_role(self.status, "verified")
        self.status.setText(self.tr("✓ Saved to {path}").format(path=path))
        return True
