"""Documents get a "listed in the Downloads library" flag (off for new ones) and no default type; a new
document's language defaults to the editor's admin language. Documents that already have a title,
language, type and year stay listed, so the library looks the same after the upgrade."""

import clarinet_site.models.media
from django.db import migrations, models


def list_complete_documents(apps, schema_editor):
    CustomDocument = apps.get_model("clarinet_site", "CustomDocument")
    CustomDocument.objects.exclude(year=None).exclude(title="").exclude(language="").exclude(
        document_type=""
    ).update(listed=True)


class Migration(migrations.Migration):

    dependencies = [
        ("clarinet_site", "0008_coordinator_snippets"),
    ]

    operations = [
        migrations.AddField(
            model_name='customdocument',
            name='listed',
            field=models.BooleanField(default=False, help_text='Tick to show the document in the public Downloads library; it needs a type and a year.', verbose_name='listed in the Downloads library'),
        ),
        migrations.AlterField(
            model_name='customdocument',
            name='document_type',
            field=models.CharField(blank=True, choices=[('toolkit', 'Toolkit'), ('award', 'Award'), ('training', 'Training material'), ('report', 'Report'), ('press', 'Press kit'), ('other', 'Other')], default='', max_length=20, verbose_name='document type'),
        ),
        migrations.AlterField(
            model_name='customdocument',
            name='language',
            field=models.CharField(choices=[('en', 'English'), ('it', 'italiano'), ('de', 'Deutsch'), ('sl', 'Slovenščina'), ('el', 'Ελληνικά'), ('ro', 'Română'), ('bg', 'български'), ('hu', 'Magyar')], default=clarinet_site.models.media.default_document_language, max_length=7, verbose_name='language'),
        ),
        migrations.RunPython(list_complete_documents, migrations.RunPython.noop),
    ]
